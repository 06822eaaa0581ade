package org.anju.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.complaint.Channel;
import org.anju.complaint.ComplaintStatus;
import org.anju.directory.ContactChannel;
import org.anju.directory.Relation;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.triage.Urgency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hotline as other modules (the staff console) use it: a call is answered and shows the
 * screen pop, complaints are recorded from it through the intake pipeline — merged into the
 * caller's open one when they repeat it — and the call is ended. The REST API
 * ({@link CallController}) goes through the same methods, so both behave alike.
 */
@Service
public class Hotline {

	private final Calls calls;

	private final CallScreen screen;

	private final ReceptionDesk desk;

	private final JsonMapper json;

	private final Validator validator;

	private final Clock clock;

	Hotline(Calls calls, CallScreen screen, ReceptionDesk desk, JsonMapper json, Validator validator, Clock clock) {
		this.calls = calls;
		this.screen = screen;
		this.desk = desk;
		this.json = json;
		this.validator = validator;
		this.clock = clock;
	}

	/** A call came in: opens it, answered by the actor, and returns the screen pop. */
	@Transactional
	public ScreenPop open(String callerNumber, String line, Long projectId, Actor actor) {
		return answer(callerNumber, line, null, projectId, actor);
	}

	/** As {@link #open}, for a softphone that reports when the call started. */
	@Transactional
	ScreenPop answer(String callerNumber, String line, Instant startedAt, Long projectId, Actor actor) {
		return screen.of(calls.answer(callerNumber, line, startedAt, projectId, actor), actor);
	}

	/** The screen pop of a call already open, shown again after each complaint recorded from it. */
	@Transactional(readOnly = true)
	public ScreenPop screen(long callId, Actor actor) {
		return screen.of(calls.get(callId, actor), actor);
	}

	/**
	 * Records a complaint from the call through the intake pipeline: a new one (triaged and
	 * assigned), or the caller's open one it repeats. The caller's number is the complainant's
	 * phone unless the form gives another. Runs outside any transaction, as the pipeline keeps
	 * the message in its own.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Recorded record(long callId, ComplaintForm form, Actor actor) {
		Validation.check(validator, form); // the form's own limits, for callers that do not validate it
		Instant arrivedAt = clock.instant();
		Call call = calls.forRecording(callId, actor);
		String phone = form.complainantPhone() == null || form.complainantPhone().isBlank() ? call.getCallerNumber()
				: form.complainantPhone();
		Draft draft = desk.draft(form, Channel.PHONE, arrivedAt, call.getProjectId(), phone, actor)
			.receivedAt(call.getStartedAt());
		desk.check(draft, actor);
		Inbound inbound = new Inbound(Channel.PHONE, "call-" + callId + "-" + calls.nextEntry(callId),
				call.getProjectId(), call.getCallerNumber(), form.title(), json.writeValueAsBytes(form),
				"application/json", arrivedAt);
		return desk.register(inbound, draft, actor, registration -> calls.recorded(callId, registration));
	}

	/** The call is over; a {@code callbackAt} promises the caller a call back. */
	@Transactional
	public void end(long callId, String notes, Instant callbackAt, Actor actor) {
		calls.end(callId, null, null, notes, null, callbackAt, actor);
	}

	/**
	 * Logs a call the actor made; {@code outcome} is REACHED, NO_ANSWER, BUSY or WRONG_NUMBER.
	 * Returns the call's id.
	 */
	@Transactional
	public long dial(Dialled form, Actor actor) {
		Call.Outcome outcome;
		try {
			outcome = form.outcome() == null || form.outcome().isBlank() ? null : Call.Outcome.valueOf(form.outcome());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("outcome", "is not an outcome of an outbound call");
		}
		if (form.notes() != null && form.notes().length() > 2000) {
			throw new InvalidInputException("notes", "is longer than 2000 characters");
		}
		if (form.durationSeconds() != null && form.durationSeconds() < 0) {
			throw new InvalidInputException("durationSeconds", "must not be negative");
		}
		return calls.dial(new Calls.Outbound(form.householdId(), form.residentId(), form.complaintId(), form.number(),
				null, form.durationSeconds(), outcome, form.notes(), form.callbackAt()), actor).getId();
	}

	/** The callbacks due by now that the actor promised (a lead: everyone's of their projects), earliest first. */
	@Transactional(readOnly = true)
	public List<DueCallback> callbacksDue(Actor actor) {
		boolean everyone = actor.hasAnyRole(Role.SUPERVISOR, Role.MANAGER);
		return calls.callbacksDue(null, clock.instant(), actor).stream()
			.filter(c -> everyone || c.getAgentId() == actor.staffId())
			.map(c -> new DueCallback(c.getId(), c.getProjectId(), c.getAgentId(), c.getCallerNumber(),
					c.getHouseholdId(), c.getCallbackAt(),
					c.getComplaints().stream().map(Call.Recorded::complaintNumber).toList()))
			.toList();
	}

	/** The complaint as the agent takes it down: a resident of the screen pop, or name (and phone) of the caller. */
	public record ComplaintForm(Long residentId, Long householdId, @Size(max = 60) String complainantName,
			@Size(max = 30) String complainantPhone, @Email @Size(max = 200) String complainantEmail,
			@Size(max = 200) String complainantAddress, @Size(max = 200) String title,
			@NotBlank @Size(max = 10000) String content, @Size(max = 200) String location, String topic,
			Urgency urgency) implements ReceptionDesk.Form {
	}

	/**
	 * The complaint a form (a call's, the front desk's) became: a new one, triaged and assigned, or the
	 * open one it was merged into; {@code intakeMillis} is the time from the form's arrival to that.
	 */
	public record Recorded(long complaintId, String number, boolean merged, ComplaintStatus status, Long assigneeId,
			long intakeMillis) {
	}

	/** A call the agent made: to a household or resident, perhaps about a complaint, and what came of it. */
	public record Dialled(Long householdId, Long residentId, Long complaintId, String number, Long durationSeconds,
			String outcome, String notes, Instant callbackAt) {
	}

	/** A callback promised whose time has come. */
	public record DueCallback(long callId, long projectId, long agentId, String number, Long householdId,
			Instant callbackAt, List<String> complaintNumbers) {
	}

	/** What the agent sees when the phone rings. */
	public record ScreenPop(long callId, long projectId, String callerNumber, String line, Instant startedAt,
			List<Caller> residents, List<History> households, List<Summary> fromThisPhone) {
	}

	/** A resident with the caller's number, and their household. */
	public record Caller(long residentId, String name, Relation relation, ContactChannel preferredChannel,
			long householdId, String household, long projectId) {

		static Caller of(ResidentRef r) {
			return new Caller(r.id(), r.name(), r.relation(), r.preferredChannel(), r.household().id(),
					r.household().label(), r.household().projectId());
		}

	}

	/** A household's open complaints and its latest ones, newest first. */
	public record History(long householdId, String household, long projectId, List<Summary> open,
			List<Summary> recent) {
	}

	/** A complaint in the screen pop. */
	public record Summary(long id, String number, String title, ComplaintStatus status, Channel channel,
			Instant receivedAt, Long assigneeId, String assigneeName) {
	}

}
