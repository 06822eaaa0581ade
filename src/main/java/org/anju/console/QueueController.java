package org.anju.console;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.anju.complaint.ComplaintStatus;
import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Taxonomy;
import org.anju.triage.Urgency;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The complaint queues: tabs with counts, filters, search, sortable columns and pages. An htmx
 * request (filter, search, sort, page) gets only the table; everything else, the whole page, so
 * that every link and form also works without JavaScript.
 */
@Controller
class QueueController {

	private final Queues queues;

	private final Directory directory;

	private final Taxonomy taxonomy;

	QueueController(Queues queues, Directory directory, Taxonomy taxonomy) {
		this.queues = queues;
		this.directory = directory;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/queues")
	String start() {
		return "redirect:/queues/mine";
	}

	@GetMapping("/queues/{slug}")
	String queue(@PathVariable String slug, @RequestParam Map<String, String> params,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
		Queue queue = Queue.of(slug).orElseThrow(() -> new NotFoundException("Queue", slug));
		Actor me = CurrentActor.get();
		if (queue == Queue.ALL && !me.hasAnyRole(Role.MANAGER)) {
			throw new AccessDeniedException(me.username() + " may not see every complaint");
		}
		String department = queues.departmentOf(me);
		QueueCriteria criteria = QueueCriteria.parse(params);
		Page<QueueRow> page = queues.page(queue, criteria, me, department);
		model.addAttribute("queue", queue);
		model.addAttribute("c", criteria.atPage(page.getNumber()));
		model.addAttribute("page", page);
		model.addAttribute("countCap", queues.countCap());
		model.addAttribute("base", "/queues/" + queue.slug());
		model.addAttribute("deadlineOrder",
				(queue == Queue.DUE || queue == Queue.OVERDUE) && criteria.sort() == null ? Queues.DEADLINE_LIMIT : null);
		if ("true".equals(htmx) && !"true".equals(restore)) {
			return "console/queues/results :: results";
		}
		List<Queue> available = queues.available(me, department);
		model.addAttribute("tabs", available);
		model.addAttribute("counts", queues.counts(available, me, department));
		model.addAttribute("projects", projects(me));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("departments", taxonomy.departments().stream().sorted().toList());
		model.addAttribute("topics", taxonomy.topics());
		model.addAttribute("urgencies", Urgency.values());
		return "console/queues/queue";
	}

	/** The projects to filter by; none when the person works on one project only. */
	private List<ProjectRef> projects(Actor me) {
		List<ProjectRef> projects = me.isAdmin() ? directory.projects()
				: me.projectIds().stream().flatMap(id -> directory.project(id).stream()).toList();
		return projects.size() < 2 ? List.of()
				: projects.stream().sorted(Comparator.comparing(ProjectRef::name)).toList();
	}

}
