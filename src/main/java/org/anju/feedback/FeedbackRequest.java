package org.anju.feedback;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.complaint.Complaint;
import org.anju.platform.persistence.BaseEntity;

/**
 * The feedback due on one resolution of a complaint: waiting until the owner rates it, the
 * callback reaches them, the complaint moves on (reopened, closed by staff) or, after a while
 * without an answer, it is closed as "no feedback". Keeps what the measures count.
 */
@Entity
@Table(name = "feedback_request")
class FeedbackRequest extends BaseEntity {

	enum State {
		WAITING, ANSWERED, NO_FEEDBACK, ENDED
	}

	private long complaintId;

	private int round;

	private long projectId;

	private String department;

	private String topic;

	private Long assigneeId;

	private Instant resolvedAt;

	private Instant callbackDue;

	@Enumerated(EnumType.STRING)
	private State state;

	private Instant remindedAt;

	private Instant ratedAt;

	private Integer stars;

	private Instant callbackAt;

	@Enumerated(EnumType.STRING)
	private CallbackOutcome callbackOutcome;

	private Instant endedAt;

	protected FeedbackRequest() {
	}

	FeedbackRequest(Complaint complaint, Instant resolvedAt, Duration callbackWithin) {
		this.complaintId = complaint.getId();
		this.round = complaint.getReopenCount();
		this.projectId = complaint.getProjectId();
		this.department = complaint.getClassification().department();
		this.topic = complaint.getClassification().topic();
		this.assigneeId = complaint.getAssigneeId();
		this.resolvedAt = resolvedAt;
		this.callbackDue = resolvedAt.plus(callbackWithin);
		this.state = State.WAITING;
	}

	boolean isWaiting() {
		return state == State.WAITING;
	}

	void remind(Instant now) {
		remindedAt = now;
	}

	void rated(int stars, Instant now) {
		this.stars = stars;
		this.ratedAt = now;
		answered(now);
	}

	void calledBack(CallbackOutcome outcome, Instant now) {
		callbackAt = now;
		callbackOutcome = outcome;
		if (outcome.reached()) {
			answered(now);
		}
	}

	/** Nobody answered within the time allowed: the complaint is closed as "no feedback". */
	void noFeedback(Instant now) {
		state = State.NO_FEEDBACK;
		endedAt = now;
	}

	/** The complaint moved on (reopened, or closed by staff) while this was still waiting. */
	void end(Instant now) {
		if (state == State.WAITING) {
			state = State.ENDED;
			endedAt = now;
		}
	}

	private void answered(Instant now) {
		if (state == State.WAITING || state == State.ENDED) {
			state = State.ANSWERED;
			endedAt = now;
		}
	}

	long getComplaintId() {
		return complaintId;
	}

	int getRound() {
		return round;
	}

	State getState() {
		return state;
	}

	Instant getRemindedAt() {
		return remindedAt;
	}

}
