package org.anju.feedback;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.complaint.Complaint;
import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.security.Actor;
import org.anju.platform.web.ConflictException;

/**
 * The review team's second follow-up (专项复查) of a complaint whose owner was not satisfied:
 * opened, taken by a reviewer, who records what they found and did, and finished with the
 * outcome — satisfied after review or not.
 */
@Entity
@Table(name = "feedback_review")
class Review extends BaseEntity {

	/** Why the complaint came to the review team. */
	enum Reason {
		LOW_SCORE, NOT_SOLVED, REOPENED, CALLBACK
	}

	enum State {
		OPEN, IN_REVIEW, DONE
	}

	/** How the second follow-up ended. */
	enum Outcome {
		SATISFIED, NOT_SATISFIED
	}

	private long complaintId;

	private long projectId;

	private String department;

	private String topic;

	private Long assigneeId;

	@Enumerated(EnumType.STRING)
	private Reason reason;

	private String detail;

	private Instant openedAt;

	@Enumerated(EnumType.STRING)
	private State state;

	private Long reviewerId;

	private String reviewerName;

	private String findings;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Instant closedAt;

	protected Review() {
	}

	Review(Complaint complaint, Reason reason, String detail, Instant now) {
		this.complaintId = complaint.getId();
		this.projectId = complaint.getProjectId();
		this.department = complaint.getClassification().department();
		this.topic = complaint.getClassification().topic();
		this.assigneeId = complaint.getAssigneeId();
		this.reason = reason;
		this.detail = detail;
		this.openedAt = now;
		this.state = State.OPEN;
	}

	void take(Actor reviewer) {
		require(State.OPEN, "be taken");
		reviewerId = reviewer.staffId();
		reviewerName = reviewer.displayName();
		state = State.IN_REVIEW;
	}

	/** Adds what the reviewer found or did (a contact, the second follow-up), with the time. */
	void record(String text, Instant now, String when) {
		require(State.IN_REVIEW, "take findings");
		String entry = when + " " + text;
		String all = findings == null ? entry : findings + "\n" + entry;
		findings = all.length() <= 4000 ? all : all.substring(all.length() - 4000);
	}

	void finish(Outcome outcome, Instant now) {
		require(State.IN_REVIEW, "be finished");
		this.outcome = outcome;
		this.state = State.DONE;
		this.closedAt = now;
	}

	boolean isOpen() {
		return state != State.DONE;
	}

	private void require(State expected, String action) {
		if (state != expected) {
			throw new ConflictException("Review " + getId() + " is " + state + "; it cannot " + action + " now.",
					Map.of("currentState", state.name()));
		}
	}

	ReviewRef ref() {
		return new ReviewRef(getId(), getVersion(), complaintId, projectId, department, reason.name(), detail,
				openedAt, state.name(), reviewerId, reviewerName, findings, outcome == null ? null : outcome.name(),
				closedAt);
	}

	long getComplaintId() {
		return complaintId;
	}

	long getProjectId() {
		return projectId;
	}

	String getDepartment() {
		return department;
	}

	Long getReviewerId() {
		return reviewerId;
	}

}
