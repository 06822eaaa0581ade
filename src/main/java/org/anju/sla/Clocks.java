package org.anju.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintAssigned;
import org.anju.complaint.ComplaintClassified;
import org.anju.complaint.ComplaintMarkedComplex;
import org.anju.complaint.ComplaintReferred;
import org.anju.complaint.ComplaintRegistered;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.ComplaintStatusChanged;
import org.anju.complaint.Complaints;
import org.anju.complaint.OwnerContacted;
import org.anju.complaint.ProgressShared;
import org.anju.platform.security.Actor;
import org.anju.sla.calendar.WorkingCalendar;
import org.anju.triage.Urgency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps each complaint's clocks in step with the complaint, inside the transaction that changes
 * it: starts them on registration, re-plans them on reclassification, approval as a complex case
 * or an outside order's deadline (12345), pauses the resolution clock on hold, stops the
 * first-contact clock when the owner is reached, starts a new resolution clock on reopening.
 */
@Component
class Clocks {

	private final DeadlinesRepository clocks;

	private final Policies policies;

	private final Calendars calendars;

	private final Complaints complaints;

	private final Clock time;

	private final double warnShare;

	Clocks(DeadlinesRepository clocks, Policies policies, Calendars calendars, Complaints complaints, Clock time,
			@Value("${anju.sla.warning-share:0.75}") double warnShare) {
		this.clocks = clocks;
		this.policies = policies;
		this.calendars = calendars;
		this.complaints = complaints;
		this.time = time;
		this.warnShare = warnShare;
	}

	/** Runs before other listeners of the event, so that they can read the new deadlines. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(ComplaintRegistered event) {
		Complaint complaint = complaints.get(event.complaintId(), Actor.SYSTEM);
		Deadlines clock = new Deadlines(event.complaintId(), event.projectId(), event.receivedAt(),
				complaint.getClassification().urgency(), complaint.getExternalDue());
		clock.classify(complaint.getClassification().topic(), complaint.getClassification().urgency(),
				targets(clock, clock.isComplex()), calendar(clock), warnShare, time.instant());
		clocks.save(clock);
	}

	/** An outside order (12345) joined the complaint: its deadline may be the stricter one. */
	@EventListener
	void on(ComplaintReferred event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> clock.refer(event.due(),
				targets(clock, clock.isComplex()), calendar(clock), warnShare, time.instant()));
	}

	@EventListener
	void on(ComplaintClassified event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> {
			clock.classify(event.topic(), event.urgency(), targets(event.topic(), event.urgency(), clock),
					calendar(clock), warnShare, time.instant());
		});
	}

	@EventListener
	void on(ComplaintAssigned event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> clock.assign(event.assigneeId(), event.department()));
	}

	@EventListener
	void on(ComplaintMarkedComplex event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> clock.markComplex(targets(clock, true),
				calendar(clock), warnShare, time.instant()));
	}

	@EventListener
	void on(OwnerContacted event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> clock.contacted(event.at(),
				targets(clock, clock.isComplex()).update(), calendar(clock)));
	}

	/** A public progress note tells the owner something: the update interval starts again. */
	@EventListener
	void on(ProgressShared event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> clock.progressed(event.at(),
				targets(clock, clock.isComplex()).update(), calendar(clock)));
	}

	@EventListener
	void on(ComplaintStatusChanged event) {
		clocks.findById(event.complaintId()).ifPresent(clock -> {
			WorkingCalendar calendar = calendar(clock);
			var targets = targets(clock, clock.isComplex());
			Instant at = event.at();
			if (event.from() == ComplaintStatus.ON_HOLD) {
				clock.resume(at, targets.resolution(), calendar, warnShare);
			}
			switch (event.to()) {
				case ON_HOLD -> clock.hold(at, targets.resolution(), calendar);
				case RESOLVED -> clock.resolved(at, targets.callback(), calendar);
				case CLOSED -> clock.closed();
				case CANCELLED -> clock.cancelled();
				case REOPENED -> clock.reopened(at, targets, calendar, warnShare);
				default -> {
				}
			}
			clock.progressed(at, targets.update(), calendar);
		});
	}

	Deadlines.Targets targets(Deadlines clock, boolean complex) {
		return targets(clock.getTopic(), clock.getUrgency(), clock, complex);
	}

	private Deadlines.Targets targets(String topic, Urgency urgency, Deadlines clock) {
		return targets(topic, urgency, clock, clock.isComplex());
	}

	private Deadlines.Targets targets(String topic, Urgency urgency, Deadlines clock,
			boolean complex) {
		return policies.targets(clock.getProjectId(), topic, urgency, complex);
	}

	WorkingCalendar calendar(Deadlines clock) {
		return calendars.of(clock.getProjectId());
	}

	ZoneId zone(Deadlines clock) {
		return calendars.hoursOf(clock.getProjectId()).zone();
	}

}
