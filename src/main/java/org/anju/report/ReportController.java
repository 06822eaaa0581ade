package org.anju.report;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.anju.directory.Directory;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report figures and the improvement actions. Without {@code projectId} a report covers the
 * company (every project the caller sees; managers and administrators only).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

	private final Reports reports;

	private final Actions actions;

	private final Directory directory;

	ReportController(Reports reports, Actions actions, Directory directory) {
		this.reports = reports;
		this.actions = actions;
		this.directory = directory;
	}

	@GetMapping("/monthly")
	MonthlyReport monthly(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) String month) {
		return reports.monthly(projectId, month, CurrentActor.get());
	}

	@GetMapping("/weekly")
	WeeklyReport weekly(@RequestParam(required = false) Long projectId, @RequestParam(required = false) String week) {
		return reports.weekly(projectId, week, CurrentActor.get());
	}

	@GetMapping("/kpis")
	KpiReport kpis(@RequestParam(required = false) Long projectId, @RequestParam(required = false) String month) {
		return reports.kpis(projectId, month, CurrentActor.get());
	}

	/** The actions of a project, or of every project the caller sees. */
	@GetMapping("/actions")
	List<ActionView> actions(@RequestParam(required = false) Long projectId) {
		Actor actor = CurrentActor.get();
		if (projectId != null) {
			CurrentActor.inProject(projectId);
			return actions.of(List.of(projectId));
		}
		return actions.of(Scope.seen(actor, directory));
	}

	@GetMapping("/actions/{id}")
	ActionView action(@PathVariable long id) {
		return actions.get(id, CurrentActor.get());
	}

	@PostMapping("/actions")
	ResponseEntity<ActionView> create(@Valid @RequestBody ActionRequest request) {
		ActionView created = actions.create(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/reports/actions/" + created.id())).body(created);
	}

	@PutMapping("/actions/{id}")
	ActionView update(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
		return actions.update(id, request, CurrentActor.get());
	}

}
