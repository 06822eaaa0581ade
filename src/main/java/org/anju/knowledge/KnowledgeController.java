package org.anju.knowledge;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.directory.Directory;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The playbook's entries, and the playbook on a complaint: checklist, records, scripts. */
@RestController
@RequestMapping("/api/v1")
class KnowledgeController {

	private final Playbook playbook;

	private final ComplaintPlaybook complaints;

	private final TrainingCases cases;

	private final PlaybookStats stats;

	private final Directory directory;

	KnowledgeController(Playbook playbook, ComplaintPlaybook complaints, TrainingCases cases, PlaybookStats stats,
			Directory directory) {
		this.playbook = playbook;
		this.complaints = complaints;
		this.cases = cases;
		this.stats = stats;
		this.directory = directory;
	}

	/** The entries in force for a project (or the company's, without one). */
	@GetMapping("/knowledge/entries")
	List<PlaybookEntry> entries(@RequestParam(required = false) Long projectId) {
		visible(projectId);
		return playbook.entries(projectId);
	}

	@GetMapping("/knowledge/entries/{code}/history")
	List<PlaybookEntry> history(@PathVariable String code) {
		CurrentActor.get();
		return playbook.history(code);
	}

	/** A new revision: the company's entry (administrator), or with {@code projectId} a project's override (its manager). */
	@PutMapping("/knowledge/entries/{code}")
	PlaybookEntry save(@PathVariable String code, @RequestBody EntryRequest entry) {
		return playbook.save(new PlaybookEntry(code, entry.projectId(), 0, entry.title(), entry.topics(),
				entry.caseNumber(), entry.scenarios()), CurrentActor.get());
	}

	@GetMapping("/complaints/{id}/playbook")
	PlaybookView view(@PathVariable long id) {
		return complaints.view(id, CurrentActor.get());
	}

	@PutMapping("/complaints/{id}/playbook")
	PlaybookView apply(@PathVariable long id, @Valid @RequestBody Apply request) {
		return complaints.apply(id, request.entry(), request.scenario(), CurrentActor.get());
	}

	@PostMapping("/complaints/{id}/playbook/steps/{position}/done")
	PlaybookView tick(@PathVariable long id, @PathVariable int position) {
		return complaints.tick(id, position, CurrentActor.get());
	}

	@PutMapping("/complaints/{id}/playbook/records/{key}")
	PlaybookView record(@PathVariable long id, @PathVariable String key, @Valid @RequestBody Value request) {
		return complaints.record(id, key, request.value(), CurrentActor.get());
	}

	/** A reply script of the applied scenario, its placeholders filled. */
	@PostMapping("/complaints/{id}/playbook/scripts/{index}")
	Map<String, String> script(@PathVariable long id, @PathVariable int index, @RequestBody(required = false) Cause request) {
		return Map.of("text", complaints.script(id, index, request == null ? null : request.cause(), CurrentActor.get()));
	}

	/** Turns a closed complaint into a draft training case (anonymised). */
	@PostMapping("/complaints/{id}/training-case")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingCaseView propose(@PathVariable long id) {
		return cases.propose(id, CurrentActor.get());
	}

	@GetMapping("/knowledge/cases")
	List<TrainingCaseView> cases(@RequestParam(required = false) String entry) {
		return cases.of(entry, CurrentActor.get());
	}

	@PutMapping("/knowledge/cases/{id}")
	TrainingCaseView revise(@PathVariable long id, @Valid @RequestBody Revision request) {
		return cases.revise(id, request.title(), request.summary(), CurrentActor.get());
	}

	@PostMapping("/knowledge/cases/{id}/publish")
	TrainingCaseView publish(@PathVariable long id) {
		return cases.publish(id, CurrentActor.get());
	}

	/** Per entry: how often applied, how often followed to the last step, the stars either way. */
	@GetMapping("/knowledge/stats")
	List<PlaybookStats.EntryUse> stats(@RequestParam(required = false) Long projectId) {
		Actor actor = CurrentActor.get();
		return stats.of(directory.projectIdsFor(projectId, actor));
	}

	private static void visible(Long projectId) {
		Actor actor = CurrentActor.get();
		if (projectId != null && !actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
	}

	/** An entry as written: its code is in the path, its revision is given by the server. */
	record EntryRequest(Long projectId, String title, List<String> topics, Integer caseNumber,
			List<PlaybookEntry.Scenario> scenarios) {
	}

	record Apply(@NotBlank @Size(max = 60) String entry, @NotBlank @Size(max = 60) String scenario) {
	}

	record Value(@NotBlank @Size(max = 1000) String value) {
	}

	record Cause(@Size(max = 500) String cause) {
	}

	record Revision(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String summary) {
	}

}
