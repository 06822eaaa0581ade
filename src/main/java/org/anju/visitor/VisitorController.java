package org.anju.visitor;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.anju.platform.security.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The visitor register and the posts' log of unusual events. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Visitor register", description = "Visitor check-in and check-out (访客登记) and the posts' log")
class VisitorController {

	private final Visits visits;

	private final PostLog log;

	VisitorController(Visits visits, PostLog log) {
		this.visits = visits;
		this.log = log;
	}

	record NewEntry(Instant occurredAt, String text, Severity severity) {
	}

	@PostMapping("/visitors")
	@Operation(summary = "Check a visitor in (or record the host's refusal)",
			description = "The ID number is checked (resident ID checksum, passport format) and stored only masked. "
					+ "hostDecision REFUSED records the refusal with status REFUSED: no entry, no badge.")
	ResponseEntity<VisitView> checkIn(@RequestBody NewVisit request) {
		VisitView visit = visits.checkIn(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/visitors/" + visit.id())).body(visit);
	}

	@GetMapping("/visitors")
	@Operation(summary = "Who is inside now; all=true: the latest 200 visits of every status (supervisors, the manager)")
	List<VisitView> list(@RequestParam long projectId, @RequestParam(defaultValue = "false") boolean all) {
		return all ? visits.history(projectId, CurrentActor.get()) : visits.inside(projectId, CurrentActor.get());
	}

	@GetMapping("/visitors/overdue")
	@Operation(summary = "Visitors still inside after their expected time out, at a shift's end (at) or now")
	List<VisitView> overdue(@RequestParam long projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
		return visits.overdue(projectId, at, CurrentActor.get());
	}

	@GetMapping("/visitors/{id}")
	VisitView get(@PathVariable long id) {
		return visits.get(id, CurrentActor.get());
	}

	@PostMapping("/visitors/{id}/checkout")
	@Operation(summary = "Check a visitor out (409 unless inside)")
	VisitView checkOut(@PathVariable long id) {
		return visits.checkOut(id, CurrentActor.get());
	}

	@PostMapping("/posts/{postId}/log")
	@Operation(summary = "Note an unusual event at the post")
	ResponseEntity<PostLog.Entry> record(@PathVariable long postId, @RequestBody NewEntry request) {
		return ResponseEntity.status(201)
			.body(log.record(postId, request.occurredAt(), request.text(), request.severity(), CurrentActor.get()));
	}

	@GetMapping("/posts/{postId}/log")
	@Operation(summary = "The post's log of unusual events, newest first")
	List<PostLog.Entry> log(@PathVariable long postId) {
		return log.of(postId, CurrentActor.get());
	}

}
