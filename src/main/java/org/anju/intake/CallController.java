package org.anju.intake;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.anju.intake.CallStats.Row;
import org.anju.intake.Hotline.ComplaintForm;
import org.anju.intake.Hotline.Recorded;
import org.anju.intake.Hotline.ScreenPop;
import org.anju.platform.security.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * The hotline (PHONE channel): the softphone reports an incoming call and gets the screen pop;
 * the agent records complaints from the call, ends it, and makes the callbacks promised.
 */
@RestController
@RequestMapping("/api/v1/intake")
@Transactional // views are mapped inside the transaction, where a call's complaints load
class CallController {

	private final Calls calls;

	private final Hotline hotline;

	private final CallStats stats;

	private final Clock clock;

	CallController(Calls calls, Hotline hotline, CallStats stats, Clock clock) {
		this.calls = calls;
		this.hotline = hotline;
		this.stats = stats;
		this.clock = clock;
	}

	/** A call came in: opens it, answered by the current staff member, and returns the screen pop. */
	@PostMapping("/calls")
	ResponseEntity<ScreenPop> answer(@Valid @RequestBody Incoming request) {
		ScreenPop pop = hotline.answer(request.callerNumber(), request.line(), request.startedAt(), request.projectId(),
				CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/intake/calls/" + pop.callId())).body(pop);
	}

	/** The agent logs a call they made (to a household or resident, perhaps about a complaint). */
	@PostMapping("/calls/outbound")
	ResponseEntity<CallView> dial(@Valid @RequestBody Dialled request) {
		Call call = calls.dial(request.outbound(), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/intake/calls/" + call.getId())).body(CallView.of(call));
	}

	@GetMapping("/calls/{id}")
	CallView get(@PathVariable long id) {
		return CallView.of(calls.get(id, CurrentActor.get()));
	}

	/** The calls a complaint was recorded from. */
	@GetMapping("/calls")
	List<CallView> about(@RequestParam long complaintId) {
		return calls.about(complaintId, CurrentActor.get()).stream().map(CallView::of).toList();
	}

	/**
	 * Records a complaint from the call through the intake pipeline: 201 for a new complaint,
	 * 200 when it was merged into the same person's open one (the WeChat message of an hour ago).
	 * The caller's number is the complainant's phone unless the form gives another.
	 */
	@PostMapping("/calls/{id}/complaints")
	@Transactional(propagation = Propagation.NOT_SUPPORTED) // the pipeline keeps the message in its own transaction
	ResponseEntity<Recorded> record(@PathVariable long id, @Valid @RequestBody ComplaintForm form) {
		Recorded recorded = hotline.record(id, form, CurrentActor.get());
		return recorded.merged() ? ResponseEntity.ok(recorded)
				: ResponseEntity.created(URI.create("/api/v1/complaints/" + recorded.complaintId())).body(recorded);
	}

	/** The call is over; a {@code callbackAt} promises the caller a call back. */
	@PostMapping("/calls/{id}/end")
	CallView end(@PathVariable long id, @Valid @RequestBody(required = false) End request) {
		End end = request == null ? new End(null, null, null, null, null) : request;
		return CallView.of(calls.end(id, end.endedAt(), end.durationSeconds(), end.notes(), end.outcome(),
				end.callbackAt(), CurrentActor.get()));
	}

	@PostMapping("/calls/{id}/callback-done")
	CallView callbackDone(@PathVariable long id, @Valid @RequestBody(required = false) CallbackDone request) {
		return CallView.of(calls.callbackDone(id, request == null ? null : request.summary(), CurrentActor.get()));
	}

	/** Callbacks not yet made that are due by {@code due} (default now), earliest first. */
	@GetMapping("/callbacks")
	@Transactional(readOnly = true)
	List<CallView> callbacks(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) Instant due) {
		return calls.callbacksDue(projectId, due, CurrentActor.get()).stream().map(CallView::of).toList();
	}

	/** Per agent and day from {@code from} to {@code to} (default today). */
	@GetMapping("/calls/stats")
	@Transactional(readOnly = true)
	List<Row> stats(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = from != null ? from : LocalDate.now(clock);
		return stats.of(projectId, first, to != null ? to : first, CurrentActor.get());
	}

	/** What the softphone (CTI) reports when the phone rings. */
	record Incoming(@NotBlank @Size(max = 30) String callerNumber, @Size(max = 30) String line, Instant startedAt,
			Long projectId) {
	}

	record Dialled(Long householdId, Long residentId, Long complaintId, @Size(max = 30) String number,
			Instant startedAt, @PositiveOrZero Long durationSeconds, Call.Outcome outcome, @Size(max = 2000) String notes,
			Instant callbackAt) {

		Calls.Outbound outbound() {
			return new Calls.Outbound(householdId, residentId, complaintId, number, startedAt, durationSeconds, outcome,
					notes, callbackAt);
		}

	}

	record End(Instant endedAt, @PositiveOrZero Long durationSeconds, @Size(max = 2000) String notes,
			Call.Outcome outcome, Instant callbackAt) {
	}

	record CallbackDone(@Size(max = 2000) String summary) {
	}

	record CallView(long id, long projectId, Call.Direction direction, long agentId, String callerNumber, String line,
			Long householdId, Long residentId, Instant startedAt, Instant endedAt, Long durationSeconds, String notes,
			Call.Outcome outcome, Instant callbackAt, Instant callbackDoneAt, Long callbackDoneBy,
			Instant callbackRemindedAt, List<Call.Recorded> complaints) {

		static CallView of(Call c) {
			return new CallView(c.getId(), c.getProjectId(), c.getDirection(), c.getAgentId(), c.getCallerNumber(),
					c.getLine(), c.getHouseholdId(), c.getResidentId(), c.getStartedAt(), c.getEndedAt(),
					c.getDurationSeconds(), c.getNotes(), c.getOutcome(), c.getCallbackAt(), c.getCallbackDoneAt(),
					c.getCallbackDoneBy(), c.getCallbackRemindedAt(), c.getComplaints());
		}

	}

}
