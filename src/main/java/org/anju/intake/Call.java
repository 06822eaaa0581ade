package org.anju.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.anju.complaint.Complaint;
import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;

/**
 * One hotline call, inbound or outbound: the caller's (or the called) number and the line, the
 * agent, the household it is about, how long they talked, the complaints recorded from it (or the
 * one an outbound call was about) and the callback promised, if any.
 */
@Entity
@Table(name = "intake_call")
class Call extends BaseEntity {

	/** Who rang whom: an owner the hotline (IN), or an agent an owner (OUT). */
	enum Direction {
		IN, OUT
	}

	/** What the call came to: the first four for inbound calls, the rest for outbound ones. */
	enum Outcome {
		/** At least one complaint was recorded (new or merged). */
		COMPLAINT,
		/** A question answered on the phone. */
		ENQUIRY,
		/** The caller hung up or the line dropped before anything was said. */
		DROPPED,
		OTHER,
		/** The agent spoke to someone of the household. */
		REACHED,
		NO_ANSWER,
		BUSY,
		WRONG_NUMBER;

		boolean outbound() {
			return ordinal() >= REACHED.ordinal();
		}
	}

	private long projectId;

	@Enumerated(EnumType.STRING)
	private Direction direction = Direction.IN;

	private Long householdId;

	private Long residentId;

	private long agentId;

	private String callerNumber;

	private String line;

	private Instant startedAt;

	private Instant endedAt;

	private Long durationSeconds;

	private String notes;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private int entries;

	private Instant callbackAt;

	private Instant callbackDoneAt;

	private Long callbackDoneBy;

	private Instant callbackRemindedAt;

	@ElementCollection
	@CollectionTable(name = "intake_call_complaint", joinColumns = @JoinColumn(name = "call_id"))
	@OrderBy("recordedAt")
	private List<Recorded> complaints = new ArrayList<>();

	protected Call() {
	}

	Call(long projectId, long agentId, String callerNumber, String line, Instant startedAt) {
		this.projectId = projectId;
		this.agentId = agentId;
		this.callerNumber = callerNumber;
		this.line = line;
		this.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS); // what the database keeps
	}

	/** A call the agent made, logged afterwards: it is over, with its outcome. */
	static Call outbound(long projectId, long agentId, String number, Long householdId, Long residentId,
			Instant startedAt, long durationSeconds, String notes, Outcome outcome, Instant callbackAt) {
		if (!outcome.outbound()) {
			throw new InvalidInputException("outcome", "must be one of REACHED, NO_ANSWER, BUSY, WRONG_NUMBER");
		}
		Call call = new Call(projectId, agentId, number, null, startedAt);
		call.direction = Direction.OUT;
		call.householdId = householdId;
		call.residentId = residentId;
		call.endedAt = call.startedAt.plusSeconds(durationSeconds);
		call.durationSeconds = durationSeconds;
		call.notes = notes;
		call.outcome = outcome;
		if (callbackAt != null && callbackAt.isBefore(call.startedAt)) {
			throw new InvalidInputException("callbackAt", "lies before the call started");
		}
		call.callbackAt = callbackAt == null ? null : callbackAt.truncatedTo(ChronoUnit.MICROS);
		return call;
	}

	/** The household the call is about, when the number (or a complaint recorded) tells it. */
	void about(Long householdId, Long residentId) {
		if (this.householdId == null) {
			this.householdId = householdId;
			this.residentId = residentId;
		}
	}

	/** Links the complaint an outbound call was about. */
	void concerning(Complaint complaint, Instant now) {
		complaints.add(new Recorded(complaint.getId(), complaint.getNumber(), false, now));
		about(complaint.getHouseholdId(), complaint.getResidentId());
	}

	/** The agent was reminded of the callback due; false if they had been already. */
	boolean remindCallback(Instant now) {
		if (callbackRemindedAt != null || callbackDoneAt != null) {
			return false;
		}
		callbackRemindedAt = now;
		return true;
	}

	/** Numbers the next complaint form sent from this call. */
	int nextEntry() {
		return ++entries;
	}

	/** A complaint recorded from the call, new or the open one it was merged into. */
	void recorded(Complaint complaint, boolean merged, Instant now) {
		if (complaints.stream().noneMatch(r -> r.complaintId() == complaint.getId())) {
			complaints.add(new Recorded(complaint.getId(), complaint.getNumber(), merged, now));
		}
		outcome = Outcome.COMPLAINT;
		about(complaint.getHouseholdId(), complaint.getResidentId());
	}

	/** The call is over; a complaint recorded from it makes its outcome COMPLAINT whatever the agent chose. */
	void end(Instant at, String notes, Outcome chosen, Instant callbackAt) {
		if (endedAt != null) {
			throw new ConflictException("Call " + getId() + " ended at " + endedAt);
		}
		if (at.isBefore(startedAt)) {
			throw new InvalidInputException("endedAt", "lies before the call started");
		}
		if (callbackAt != null && callbackAt.isBefore(startedAt)) {
			throw new InvalidInputException("callbackAt", "lies before the call started");
		}
		this.endedAt = at.truncatedTo(ChronoUnit.MICROS);
		this.durationSeconds = Duration.between(startedAt, endedAt).toSeconds();
		this.notes = notes;
		this.callbackAt = callbackAt == null ? null : callbackAt.truncatedTo(ChronoUnit.MICROS); // what the database keeps
		if (chosen != null && chosen.outbound()) {
			throw new InvalidInputException("outcome", "must be one of ENQUIRY, DROPPED, OTHER for an inbound call");
		}
		if (complaints.isEmpty()) {
			this.outcome = chosen == null ? Outcome.ENQUIRY : chosen;
		}
	}

	void callbackDone(long by, Instant now) {
		if (callbackAt == null) {
			throw new ConflictException("Call " + getId() + " has no callback scheduled");
		}
		if (callbackDoneAt != null) {
			throw new ConflictException("The callback of call " + getId() + " was done at " + callbackDoneAt);
		}
		callbackDoneAt = now;
		callbackDoneBy = by;
	}

	long getProjectId() {
		return projectId;
	}

	Direction getDirection() {
		return direction;
	}

	Long getHouseholdId() {
		return householdId;
	}

	Long getResidentId() {
		return residentId;
	}

	Instant getCallbackRemindedAt() {
		return callbackRemindedAt;
	}

	long getAgentId() {
		return agentId;
	}

	String getCallerNumber() {
		return callerNumber;
	}

	String getLine() {
		return line;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getEndedAt() {
		return endedAt;
	}

	Long getDurationSeconds() {
		return durationSeconds;
	}

	String getNotes() {
		return notes;
	}

	Outcome getOutcome() {
		return outcome;
	}

	Instant getCallbackAt() {
		return callbackAt;
	}

	Instant getCallbackDoneAt() {
		return callbackDoneAt;
	}

	Long getCallbackDoneBy() {
		return callbackDoneBy;
	}

	List<Recorded> getComplaints() {
		return List.copyOf(complaints);
	}

	/** A complaint recorded from the call, and whether it was merged into one already open. */
	@Embeddable
	record Recorded(long complaintId, String complaintNumber, boolean merged, Instant recordedAt) {
	}

}
