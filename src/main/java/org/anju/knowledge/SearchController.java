package org.anju.knowledge;

import java.util.List;

import org.anju.knowledge.KnowledgeSearch.Hit;
import org.anju.knowledge.KnowledgeSearch.Similar;
import org.anju.platform.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff's search over past complaints and the playbook, and a complaint's similar past complaints. */
@RestController
class SearchController {

	private final KnowledgeSearch search;

	SearchController(KnowledgeSearch search) {
		this.search = search;
	}

	@GetMapping("/api/v1/knowledge/search")
	List<Hit> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "10") int limit) {
		return search.search(q, CurrentActor.get(), limit);
	}

	/** 404 for a complaint of a project the user may not see. */
	@GetMapping("/api/v1/complaints/{id}/similar")
	List<Similar> similar(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
		return search.similar(id, CurrentActor.get(), limit);
	}

}
