package org.anju.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.complaint.Complaint;
import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.security.Owner;

/** An owner's rating of one resolution of a complaint. */
@Entity
@Table(name = "feedback_rating")
class Rating extends BaseEntity {

	private long complaintId;

	private int round;

	private long projectId;

	private long householdId;

	private long residentId;

	private String department;

	private String topic;

	private int stars;

	private boolean solved;

	private String comment;

	private Instant ratedAt;

	protected Rating() {
	}

	Rating(Complaint complaint, Owner owner, int stars, boolean solved, String comment, Instant now) {
		this.complaintId = complaint.getId();
		this.round = complaint.getReopenCount();
		this.projectId = complaint.getProjectId();
		this.householdId = owner.householdId();
		this.residentId = owner.residentId();
		this.department = complaint.getClassification().department();
		this.topic = complaint.getClassification().topic();
		this.stars = stars;
		this.solved = solved;
		this.comment = comment;
		this.ratedAt = now;
	}

	/** Solved and four or five stars: the owner accepts the resolution. */
	boolean accepts() {
		return solved && stars >= 4;
	}

	RatingRef ref() {
		return new RatingRef(getId(), complaintId, stars, solved, comment, ratedAt);
	}

	int getStars() {
		return stars;
	}

	boolean isSolved() {
		return solved;
	}

}
