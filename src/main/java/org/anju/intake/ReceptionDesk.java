package org.anju.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.Registration;
import org.anju.directory.Directory;
import org.anju.intake.Hotline.Recorded;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.triage.Urgency;
import org.springframework.stereotype.Component;

/**
 * What staff take down at the service centre — on the hotline, at the front desk, from a letter —
 * goes through the intake pipeline like any other channel, but the form is checked first: a
 * half-filled form is answered with 400 and never becomes an inbound message. Should the desk
 * still refuse the complaint, the message is quarantined as usual and the client hears why.
 */
@Component
class ReceptionDesk {

	private final Intake intake;

	private final Complaints complaints;

	private final Directory directory;

	ReceptionDesk(Intake intake, Complaints complaints, Directory directory) {
		this.intake = intake;
		this.complaints = complaints;
		this.directory = directory;
	}

	/** Taking complaints down is the service desk's work. */
	static void requireDesk(Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
	}

	/**
	 * The complaint as the form gives it: a resident of a project the actor sees, or someone
	 * known by name and phone (or e-mail) in {@code projectId} or a household.
	 */
	Draft draft(Form form, Channel channel, Instant arrivedAt, Long projectId, String phone, Actor actor) {
		Draft draft = new Draft(channel, arrivedAt);
		if (form.residentId() != null) {
			draft.from(directory.resident(form.residentId()).filter(r -> actor.canSee(r.household().projectId()))
				.orElseThrow(() -> new InvalidInputException("residentId", "no such resident")));
		}
		else {
			draft.from(form.householdId() == null ? projectId : null, form.complainantName(), phone,
					form.complainantEmail(), form.complainantAddress()).household(form.householdId());
		}
		return draft.text(form.title(), form.content()).location(form.location()).chosen(form.topic(), form.urgency());
	}

	/** Refuses (400, every error at once) a draft the complaint desk would refuse; keeps nothing. */
	void check(Draft draft, Actor actor) {
		List<FieldError> errors = complaints.check(draft.toNewComplaint(), actor);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/**
	 * Keeps the message, registers the checked draft (or merges it into the same person's open
	 * complaint) and lets {@code then} add to it in the same transaction. Call outside any
	 * transaction.
	 */
	Recorded register(Inbound inbound, Draft draft, Actor actor, Consumer<Registration> then) {
		RuntimeException[] failure = new RuntimeException[1];
		InboundMessage message = intake.take(inbound, m -> {
			try {
				then.accept(intake.register(m, draft, actor));
			}
			catch (RuntimeException ex) {
				failure[0] = ex;
				throw ex;
			}
		}).message();
		if (failure[0] != null) {
			throw failure[0];
		}
		boolean merged = message.getStatus() == InboundStatus.MERGED;
		if (!merged && message.getStatus() != InboundStatus.ACCEPTED) {
			throw new ConflictException("Inbound message " + message.getId() + " is " + message.getStatus()
					+ (message.getReason() == null ? "" : ": " + message.getReason()));
		}
		Complaint complaint = complaints.get(message.getComplaintId(), actor);
		long intakeMillis = merged ? Duration.between(message.getArrivedAt(), message.getHandledAt()).toMillis()
				: complaint.getIntakeMillis();
		return new Recorded(complaint.getId(), complaint.getNumber(), merged, complaint.getStatus(),
				complaint.getAssigneeId(), intakeMillis);
	}

	/** What a complaint form at the desk holds besides its channel's own fields. */
	interface Form {

		Long residentId();

		Long householdId();

		String complainantName();

		String complainantPhone();

		String complainantEmail();

		String complainantAddress();

		String title();

		String content();

		String location();

		String topic();

		Urgency urgency();

	}

}
