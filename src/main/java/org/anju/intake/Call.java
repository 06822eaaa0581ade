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
 * One hotline call: the caller's number and the line they rang, the agent who answered, how long
 * they talked, the complaints recorded from it and the callback promised, if any.
 */
@Entity
@Table(name = "intake_call")
class Call extends BaseEntity {

	/** What the call came to. */
	enum Outcome {
		/** At least one complaint was recorded (new or merged). */
		COMPLAINT,
		/** A question answered on the phone. */
		ENQUIRY,
		/** The caller hung up or the line dropped before anything was said. */
		DROPPED,
		OTHER
	}

	private long projectId;

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
		this.callbackAt = callbackAt;
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
