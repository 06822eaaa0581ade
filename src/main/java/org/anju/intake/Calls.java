package org.anju.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.ContactMethod;
import org.anju.complaint.Registration;
import org.anju.complaint.Visibility;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.notification.DirectMessages;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline desk: a call is opened when the softphone reports it, complaints recorded from it
 * are linked to it, it is closed with its length and notes, and a promised callback waits in the
 * due list until someone makes it. Calls belong to the service desk: AGENT, SUPERVISOR, MANAGER.
 */
@Service
@Transactional
class Calls {

	/** How far in the future a softphone's clock may be. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Map<Call.Outcome, String> OUTCOME_ZH = Map.of(Call.Outcome.REACHED, "已接通",
			Call.Outcome.NO_ANSWER, "无人接听", Call.Outcome.BUSY, "占线", Call.Outcome.WRONG_NUMBER, "号码错误");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CallRepository calls;

	private final Directory directory;

	private final Complaints complaints;

	private final DirectMessages messages;

	private final Organisation organisation;

	private final Clock clock;

	Calls(CallRepository calls, Directory directory, Complaints complaints, DirectMessages messages,
			Organisation organisation, Clock clock) {
		this.calls = calls;
		this.messages = messages;
		this.organisation = organisation;
		this.directory = directory;
		this.complaints = complaints;
		this.clock = clock;
	}

	/**
	 * Opens a call answered by the actor. Its project is the one given, else the caller's (if the
	 * number belongs to households of one project), else the agent's only project.
	 */
	Call answer(String callerNumber, String line, Instant startedAt, Long projectId, Actor actor) {
		ReceptionDesk.requireDesk(actor);
		Instant now = clock.instant();
		if (startedAt != null && startedAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("startedAt", "lies in the future");
		}
		String number = normalise(callerNumber);
		long project = projectId != null ? visibleProject(projectId, actor) : projectOf(number, actor);
		Call call = new Call(project, actor.staffId(), number, line, startedAt == null ? now : startedAt);
		List<ResidentRef> callers = directory.residentsByMobile(number).stream()
			.filter(r -> r.active() && r.household().projectId() == project)
			.toList();
		if (callers.stream().map(r -> r.household().id()).distinct().count() == 1) {
			call.about(callers.get(0).household().id(), callers.size() == 1 ? callers.get(0).id() : null);
		}
		return calls.save(call);
	}

	/**
	 * Logs a call the actor made to a household (or one of its residents), about a complaint or not.
	 * The number is the one given, else the resident's (or the complainant's) mobile. A call about
	 * a complaint goes on its timeline as a phone contact, internal: its notes are for the staff.
	 */
	Call dial(Outbound request, Actor actor) {
		ReceptionDesk.requireDesk(actor);
		Instant now = clock.instant();
		Instant startedAt = request.startedAt() == null ? now : request.startedAt();
		if (startedAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("startedAt", "lies in the future");
		}
		if (request.outcome() == null) {
			throw new InvalidInputException("outcome", "is required");
		}
		Complaint complaint = request.complaintId() == null ? null : complaints.get(request.complaintId(), actor);
		ResidentRef resident = request.residentId() == null ? null : directory.resident(request.residentId())
			.filter(r -> actor.canSee(r.household().projectId()))
			.orElseThrow(() -> new NotFoundException("Resident", request.residentId()));
		Long householdId = request.householdId() != null ? request.householdId()
				: resident != null ? Long.valueOf(resident.household().id())
						: complaint != null ? complaint.getHouseholdId() : null;
		HouseholdRef household = householdId == null ? null : directory.household(householdId)
			.filter(h -> actor.canSee(h.projectId()))
			.orElseThrow(() -> new NotFoundException("Household", householdId));
		if (household == null && complaint == null) {
			throw new InvalidInputException("householdId", "is required: whom was called");
		}
		if (resident != null && household != null && resident.household().id() != household.id()) {
			throw new InvalidInputException("residentId", "does not live in the household");
		}
		long projectId = complaint != null ? complaint.getProjectId() : household.projectId();
		if (household != null && household.projectId() != projectId) {
			throw new InvalidInputException("householdId", "is not of the complaint's project");
		}
		String number = numberToCall(request.number(), resident, complaint, household);
		if (number == null) {
			throw new InvalidInputException("number", "is required: nobody of the household has a mobile");
		}
		String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
		Long residentId = resident != null ? Long.valueOf(resident.id())
				: complaint != null && household != null && Long.valueOf(household.id()).equals(complaint.getHouseholdId())
						? complaint.getResidentId() : null;
		Call call = Call.outbound(projectId, actor.staffId(), number, household == null ? null : household.id(),
				residentId, startedAt,
				request.durationSeconds() == null ? 0 : request.durationSeconds(), notes, request.outcome(),
				request.callbackAt());
		if (complaint != null) {
			call.concerning(complaint, now);
			String text = "去电 " + number + "：" + OUTCOME_ZH.get(request.outcome()) + (notes == null ? "" : "。" + notes);
			complaints.recordContact(complaint.getId(), ContactMethod.PHONE, text, Visibility.INTERNAL, actor);
		}
		return calls.saveAndFlush(call);
	}

	/** The number given, else the resident's mobile, the complainant's phone, or a household member's mobile. */
	private String numberToCall(String given, ResidentRef resident, Complaint complaint, HouseholdRef household) {
		if (given != null && !given.isBlank()) {
			return normalise(given);
		}
		if (resident != null && resident.mobile() != null) {
			return resident.mobile();
		}
		if (complaint != null && complaint.getComplainant().phone() != null) {
			return complaint.getComplainant().phone();
		}
		return household == null ? null : directory.residentsOf(household.id()).stream()
			.filter(r -> r.active() && r.mobile() != null)
			.map(ResidentRef::mobile)
			.findFirst()
			.orElse(null);
	}

	/** What an agent says they did: call a household or resident, perhaps about a complaint. */
	record Outbound(Long householdId, Long residentId, Long complaintId, String number, Instant startedAt,
			Long durationSeconds, Call.Outcome outcome, String notes, Instant callbackAt) {
	}

	/**
	 * Reminds each agent of their callbacks due by {@code now} and not yet made, once per callback
	 * (in their console inbox). Returns how many reminders went out.
	 */
	int remindCallbacks(Instant now) {
		int sent = 0;
		for (Call call : calls.callbacksToRemind(now)) {
			if (call.remindCallback(now)) {
				String at = MINUTE.format(call.getCallbackAt().atZone(clock.getZone()));
				String subject = "回电提醒：" + call.getCallerNumber();
				String text = "您约定 " + at + " 回电 " + call.getCallerNumber() + "（来电 " + call.getId() + "）"
						+ call.getComplaints().stream().map(Call.Recorded::complaintNumber).map(n -> "，投诉 " + n)
							.collect(Collectors.joining()) + "，请尽快回电。";
				messages.toStaff("callback-reminder:" + call.getId(), call.getAgentId(),
						organisation.staff(call.getAgentId()).map(StaffRef::displayName).orElse(null), subject, text);
				sent++;
			}
		}
		return sent;
	}

	@Transactional(readOnly = true)
	Call get(long id, Actor actor) {
		ReceptionDesk.requireDesk(actor);
		return calls.findById(id).filter(c -> actor.canSee(c.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Call", id));
	}

	/** The calls a complaint was recorded from (or merged from). */
	@Transactional(readOnly = true)
	List<Call> about(long complaintId, Actor actor) {
		ReceptionDesk.requireDesk(actor);
		complaints.get(complaintId, actor);
		return calls.aboutComplaint(complaintId);
	}

	/** The call, if the actor may record complaints from it: the agent who took it, or a lead. */
	@Transactional(readOnly = true)
	Call forRecording(long id, Actor actor) {
		return requireOwnOrLead(get(id, actor), actor);
	}

	/** Numbers the next complaint form of the call (its inbound message is "call-id-n"). */
	int nextEntry(long id) {
		return calls.findById(id).orElseThrow().nextEntry();
	}

	/** Links the complaint a form became to the call; runs in the registering transaction. */
	void recorded(long id, Registration registration) {
		calls.findById(id).orElseThrow()
			.recorded(registration.complaint(), registration.merged(), clock.instant());
	}

	/**
	 * Closes the call. A callback promised is noted on the complaints recorded so far, so that
	 * whoever handles them knows the owner expects a call.
	 */
	Call end(long id, Instant endedAt, Long durationSeconds, String notes, Call.Outcome outcome, Instant callbackAt,
			Actor actor) {
		Call call = requireOwnOrLead(get(id, actor), actor);
		if (endedAt != null && durationSeconds != null) {
			throw new InvalidInputException("durationSeconds", "give endedAt or durationSeconds, not both");
		}
		Instant now = clock.instant();
		if (endedAt != null && endedAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("endedAt", "lies in the future");
		}
		Instant at = durationSeconds != null ? call.getStartedAt().plusSeconds(durationSeconds)
				: endedAt != null ? endedAt : now;
		call.end(at, notes, outcome, callbackAt);
		if (callbackAt != null) {
			String note = "约定 " + MINUTE.format(callbackAt.atZone(clock.getZone())) + " 回电 " + call.getCallerNumber()
					+ "（来电 " + call.getId() + "）";
			call.getComplaints().forEach(r -> complaints.addNote(r.complaintId(), note, Visibility.INTERNAL, actor));
		}
		return calls.saveAndFlush(call);
	}

	/** The promised callback was made: a phone contact on each complaint of the call that is not cancelled. */
	Call callbackDone(long id, String summary, Actor actor) {
		Call call = get(id, actor);
		call.callbackDone(actor.staffId(), clock.instant());
		String text = summary == null || summary.isBlank() ? "已按约回电" : summary.strip();
		for (Call.Recorded r : call.getComplaints()) {
			if (complaints.get(r.complaintId(), actor).getStatus() != ComplaintStatus.CANCELLED) {
				complaints.recordContact(r.complaintId(), ContactMethod.PHONE, text, Visibility.PUBLIC, actor);
			}
		}
		return calls.saveAndFlush(call);
	}

	/** Callbacks not yet made whose time has come by {@code due}, earliest first. */
	@Transactional(readOnly = true)
	List<Call> callbacksDue(Long projectId, Instant due, Actor actor) {
		ReceptionDesk.requireDesk(actor);
		Set<Long> projects = projects(projectId, actor);
		return projects.isEmpty() ? List.of() : calls.callbacksDue(projects, due == null ? clock.instant() : due);
	}

	/** The project asked for, or every project the actor sees. */
	Set<Long> projects(Long projectId, Actor actor) {
		return directory.projectIdsFor(projectId, actor);
	}

	/** Digits only, without the country code of a Mainland mobile (+86, 0086), as the directory keeps them. */
	static String normalise(String number) {
		String plain = number.strip().replaceAll("[\\s()\\-]", "");
		return plain.matches("(\\+?86|0086)1\\d{10}") ? plain.substring(plain.length() - 11) : plain;
	}

	private long projectOf(String number, Actor actor) {
		Set<Long> callers = directory.residentsByMobile(number).stream()
			.filter(ResidentRef::active)
			.map(r -> r.household().projectId())
			.filter(actor::canSee)
			.collect(Collectors.toSet());
		Set<Long> candidates = callers.isEmpty() ? actor.projectIds() : callers;
		if (candidates.size() != 1) {
			throw new InvalidInputException("projectId", "is required: the caller's number does not tell the project");
		}
		return candidates.iterator().next();
	}

	private long visibleProject(long projectId, Actor actor) {
		if (!actor.canSee(projectId) || directory.project(projectId).isEmpty()) {
			throw new NotFoundException("Project", projectId);
		}
		return projectId;
	}

	private static Call requireOwnOrLead(Call call, Actor actor) {
		if (call.getAgentId() != actor.staffId()) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		return call;
	}

}
