package org.anju.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.web.ConflictException;

import org.anju.platform.persistence.BaseEntity;

/** A low element score to follow up (回访整改): which household, which element, what it said, and how it ended. */
@Entity
@Table(name = "survey_follow_up")
class FollowUp extends BaseEntity {

	private long roundId;

	private long projectId;

	private long householdId;

	private String element;

	private int score;

	private String comment;

	private Instant createdAt;

	private Instant completedAt;

	private String completedBy;

	private String note;

	protected FollowUp() {
	}

	FollowUp(Sample sample, String element, int score, String comment, Instant createdAt) {
		this.roundId = sample.getRoundId();
		this.projectId = sample.getProjectId();
		this.householdId = sample.getHouseholdId();
		this.element = element;
		this.score = score;
		this.comment = comment;
		this.createdAt = createdAt;
	}

	void complete(String note, String by, Instant at) {
		if (completedAt != null) {
			throw new ConflictException("Follow-up " + getId() + " was completed already by " + completedBy);
		}
		this.note = note;
		this.completedBy = by;
		this.completedAt = at;
	}

	long getRoundId() { return roundId; }
	long getProjectId() { return projectId; }
	long getHouseholdId() { return householdId; }
	String getElement() { return element; }
	int getScore() { return score; }
	String getComment() { return comment; }
	Instant getCreatedAt() { return createdAt; }
	Instant getCompletedAt() { return completedAt; }
	String getCompletedBy() { return completedBy; }
	String getNote() { return note; }

}
