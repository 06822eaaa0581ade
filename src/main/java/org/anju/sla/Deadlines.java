package org.anju.sla;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.sla.calendar.WorkingCalendar;
import org.anju.triage.Urgency;

/**
 * The clocks of one complaint: first contact, resolution, progress updates and callback. Due times ({@code *Due}) are for people and measures; the
 * pending triggers ({@code *WarnAt}, {@code *BreachAt}, {@code nextEscalationAt},
 * {@code nextUpdateDue}, {@code callbackCheckAt}) are what the scanner looks for, and each is
 * cleared once it fired or stopped mattering.
 */
@Entity
@Table(name = "sla_clock")
class Deadlines {

	enum State {
		OPEN, RESOLVED, CLOSED, CANCELLED
	}

	@Id
	private Long complaintId;

	@Version
	private long version;

	private long projectId;

	private String department;

	private Long assigneeId;

	private String topic;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private boolean complex;

	@Enumerated(EnumType.STRING)
	private State state;

	private Instant receivedAt;

	private Instant firstContactDue;

	private Instant firstContactedAt;

	private Instant firstContactWarnAt;

	private Instant firstContactBreachAt;

	private boolean firstContactWarned;

	private boolean firstContactBreached;

	private Instant resolutionStartedAt;

	/** An outside order's deadline (a 12345 work order): the resolution clock is never due later. */
	private Instant externalDue;

	private Instant resolutionDue;

	private Instant resolvedAt;

	private Instant resolutionWarnAt;

	private Instant resolutionBreachAt;

	private boolean resolutionWarned;

	private boolean resolutionBreached;

	private Instant holdStartedAt;

	private long heldSeconds;

	private Long remainingAtHoldSeconds;

	private int escalationLevel;

	private Instant nextEscalationAt;

	private Instant nextUpdateDue;

	private Instant callbackDue;

	private Instant callbackCheckAt;

	private boolean callbackBreached;

	protected Deadlines() {
	}

	Deadlines(long complaintId, long projectId, Instant receivedAt, Urgency urgency, Instant externalDue) {
		this.complaintId = complaintId;
		this.projectId = projectId;
		this.receivedAt = receivedAt;
		this.resolutionStartedAt = receivedAt;
		this.externalDue = externalDue;
		this.urgency = urgency;
		this.state = State.OPEN;
	}

	/** The targets that apply to this complaint now, from the policies. */
	record Targets(Target firstContact, Target resolution, Target update, Target callback) {
	}

	/** Sets topic and urgency (on registration or reclassification) and plans the open clocks again. */
	void classify(String topic, Urgency urgency, Targets targets, WorkingCalendar calendar, double warnShare,
			Instant now) {
		this.topic = topic;
		this.urgency = urgency;
		plan(targets, calendar, warnShare, now);
	}

	/** The complaint answers to an outside deadline (its stricter one, if it has several) from now on. */
	void refer(Instant due, Targets targets, WorkingCalendar calendar, double warnShare, Instant now) {
		externalDue = due;
		plan(targets, calendar, warnShare, now);
	}

	void assign(Long assigneeId, String department) {
		this.assigneeId = assigneeId;
		if (department != null) {
			this.department = department;
		}
	}

	void markComplex(Targets targets, WorkingCalendar calendar, double warnShare, Instant now) {
		this.complex = true;
		plan(targets, calendar, warnShare, now);
	}

	/** Computes due times and triggers of the clocks that are still running. */
	void plan(Targets targets, WorkingCalendar calendar, double warnShare, Instant now) {
		if (firstContactedAt == null && state == State.OPEN) {
			firstContactDue = targets.firstContact().dueFrom(receivedAt, calendar);
			firstContactWarnAt = firstContactWarned || firstContactBreached ? null
					: targets.firstContact().share(receivedAt, firstContactDue, warnShare, calendar);
			firstContactBreachAt = firstContactBreached ? null : firstContactDue;
		}
		if (state == State.OPEN && holdStartedAt == null) {
			Instant due = targets.resolution().dueFrom(resolutionStartedAt, calendar);
			resolutionDue = capped(due.plusSeconds(heldSeconds));
			resolutionWarnAt = resolutionWarned || resolutionBreached ? null
					: targets.resolution().share(resolutionStartedAt, resolutionDue, warnShare, calendar);
			resolutionBreachAt = resolutionBreached ? null : resolutionDue;
			if (nextUpdateDue == null) {
				nextUpdateDue = targets.update().dueFrom(now, calendar);
			}
		}
	}

	/** Someone reached the owner: the first-contact clock stops and the update interval starts again. */
	void contacted(Instant at, Target update, WorkingCalendar calendar) {
		if (firstContactedAt == null) {
			firstContactedAt = at;
			firstContactWarnAt = null;
			firstContactBreachAt = null;
		}
		progressed(at, update, calendar);
	}

	/** The owner was told something (a public status change): the update interval starts again. */
	void progressed(Instant at, Target update, WorkingCalendar calendar) {
		if (state == State.OPEN) {
			nextUpdateDue = update.dueFrom(at, calendar);
		}
	}

	/** ON_HOLD pauses the resolution clock; the time left is kept. */
	void hold(Instant at, Target resolution, WorkingCalendar calendar) {
		if (holdStartedAt != null || state != State.OPEN) {
			return;
		}
		holdStartedAt = at;
		remainingAtHoldSeconds = resolution.remaining(at, resolutionDue, calendar).toSeconds();
		resolutionWarnAt = null;
		resolutionBreachAt = null;
	}

	/** Back to work: the resolution deadline moves by the time spent on hold. */
	void resume(Instant at, Target resolution, WorkingCalendar calendar, double warnShare) {
		if (holdStartedAt == null) {
			return;
		}
		heldSeconds += Duration.between(holdStartedAt, at).toSeconds();
		Instant due = capped(resolution.resume(at, Duration.ofSeconds(remainingAtHoldSeconds), calendar));
		resolutionDue = due;
		holdStartedAt = null;
		remainingAtHoldSeconds = null;
		if (!resolutionBreached) {
			resolutionBreachAt = due;
			resolutionWarnAt = resolutionWarned ? null : resolution.share(resolutionStartedAt, due, warnShare, calendar);
		}
	}

	void resolved(Instant at, Target callback, WorkingCalendar calendar) {
		state = State.RESOLVED;
		resolvedAt = at;
		clearOpenTriggers();
		callbackDue = callback.dueFrom(at, calendar);
		callbackCheckAt = callbackDue;
	}

	void closed() {
		state = State.CLOSED;
		clearOpenTriggers();
		callbackCheckAt = null;
	}

	void cancelled() {
		state = State.CANCELLED;
		clearOpenTriggers();
		callbackCheckAt = null;
	}

	/** 二次投诉: a new resolution clock starts now, with new warnings and a new ladder. */
	void reopened(Instant at, Targets targets, WorkingCalendar calendar, double warnShare) {
		state = State.OPEN;
		resolutionStartedAt = at;
		resolvedAt = null;
		heldSeconds = 0;
		resolutionWarned = false;
		resolutionBreached = false;
		escalationLevel = 0;
		callbackCheckAt = null;
		nextUpdateDue = null;
		plan(targets, calendar, warnShare, at);
	}

	/**
	 * Our due time, or the outside deadline if that is earlier: the city does not wait for our
	 * holds. A clock started after the outside deadline (reopened later) keeps its own.
	 */
	private Instant capped(Instant due) {
		return externalDue != null && externalDue.isAfter(resolutionStartedAt) && externalDue.isBefore(due)
				? externalDue : due;
	}

	/** What the scanner can fire. */
	enum Trigger {
		FIRST_CONTACT_WARNING, FIRST_CONTACT_BREACH, RESOLUTION_WARNING, RESOLUTION_BREACH, ESCALATION, UPDATE, CALLBACK
	}

	/** Whether a trigger is still pending and its time has come (it may have fired since it was found). */
	boolean isDue(Trigger trigger, Instant now) {
		Instant at = switch (trigger) {
			case FIRST_CONTACT_WARNING -> firstContactWarnAt;
			case FIRST_CONTACT_BREACH -> firstContactBreachAt;
			case RESOLUTION_WARNING -> resolutionWarnAt;
			case RESOLUTION_BREACH -> resolutionBreachAt;
			case ESCALATION -> nextEscalationAt;
			case UPDATE -> nextUpdateDue;
			case CALLBACK -> callbackCheckAt;
		};
		return at != null && !at.isAfter(now);
	}

	/** Fired by the scanner: the warning of a clock was sent. */
	void warned(ClockKind clock) {
		if (clock == ClockKind.FIRST_CONTACT) {
			firstContactWarned = true;
			firstContactWarnAt = null;
		}
		else {
			resolutionWarned = true;
			resolutionWarnAt = null;
		}
	}

	/** Fired by the scanner: a clock ran out; the ladder starts at level 1 if it has not yet. */
	int breached(ClockKind clock, Instant now, Duration nextStep) {
		switch (clock) {
			case FIRST_CONTACT -> {
				firstContactBreached = true;
				firstContactBreachAt = null;
				firstContactWarnAt = null;
			}
			case RESOLUTION -> {
				resolutionBreached = true;
				resolutionBreachAt = null;
				resolutionWarnAt = null;
			}
			case CALLBACK -> {
				callbackBreached = true;
				callbackCheckAt = null;
				return escalationLevel;
			}
			default -> throw new IllegalArgumentException(clock.name());
		}
		if (escalationLevel == 0) {
			escalationLevel = 1;
			nextEscalationAt = now.plus(nextStep);
		}
		return escalationLevel;
	}

	/** Fired by the scanner: one step up the ladder; {@code nextStep} null ends it. */
	int escalated(Instant now, Duration nextStep) {
		escalationLevel++;
		nextEscalationAt = nextStep == null ? null : now.plus(nextStep);
		return escalationLevel;
	}

	/** Fired by the scanner: the owner must hear from us; the next reminder follows the interval. */
	void updateRequested(Instant now, Target update, WorkingCalendar calendar) {
		nextUpdateDue = update.dueFrom(now, calendar);
	}

	private void clearOpenTriggers() {
		firstContactWarnAt = null;
		firstContactBreachAt = null;
		resolutionWarnAt = null;
		resolutionBreachAt = null;
		nextEscalationAt = null;
		nextUpdateDue = null;
		holdStartedAt = null;
	}

	/** Time spent on hold so far, including a hold still running. */
	Duration held(Instant now) {
		return Duration.ofSeconds(heldSeconds)
			.plus(holdStartedAt == null ? Duration.ZERO : Duration.between(holdStartedAt, now));
	}

	Long getComplaintId() { return complaintId; }
	long getProjectId() { return projectId; }
	String getDepartment() { return department; }
	Long getAssigneeId() { return assigneeId; }
	String getTopic() { return topic; }
	Urgency getUrgency() { return urgency; }
	boolean isComplex() { return complex; }
	State getState() { return state; }
	Instant getReceivedAt() { return receivedAt; }
	Instant getFirstContactDue() { return firstContactDue; }
	Instant getFirstContactedAt() { return firstContactedAt; }
	boolean isFirstContactBreached() { return firstContactBreached; }
	Instant getResolutionStartedAt() { return resolutionStartedAt; }
	Instant getResolutionDue() { return resolutionDue; }
	Instant getResolvedAt() { return resolvedAt; }
	boolean isResolutionWarned() { return resolutionWarned; }
	boolean isResolutionBreached() { return resolutionBreached; }
	Instant getResolutionWarnAt() { return resolutionWarnAt; }
	Instant getHoldStartedAt() { return holdStartedAt; }
	Long getRemainingAtHoldSeconds() { return remainingAtHoldSeconds; }
	int getEscalationLevel() { return escalationLevel; }
	Instant getNextEscalationAt() { return nextEscalationAt; }
	Instant getNextUpdateDue() { return nextUpdateDue; }
	Instant getCallbackDue() { return callbackDue; }
	boolean isCallbackBreached() { return callbackBreached; }

}
