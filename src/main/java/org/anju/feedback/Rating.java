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

	private Long householdId;

	private Long residentId;

	private Long takenBy;

	private String department;

	private String topic;

	private int stars;

	private boolean solved;

	private String comment;

	private Instant ratedAt;

	protected Rating() {
	}

	/** The owner's own rating, from the portal, the app or the mini-program. */
	static Rating byOwner(Complaint complaint, Owner owner, int stars, boolean solved, String comment, Instant now) {
		Rating r = new Rating(complaint, stars, solved, comment, now);
		r.householdId = owner.householdId();
		r.residentId = owner.residentId();
		return r;
	}

	/** A rating the owner gave on the phone or in person, taken down by staff on the callback. */
	static Rating onCallback(Complaint complaint, long staffId, int stars, boolean solved, String comment,
			Instant now) {
		Rating r = new Rating(complaint, stars, solved, comment, now);
		r.householdId = complaint.getHouseholdId();
		r.residentId = complaint.getResidentId();
		r.takenBy = staffId;
		return r;
	}

	private Rating(Complaint complaint, int stars, boolean solved, String comment, Instant now) {
		this.complaintId = complaint.getId();
		this.round = complaint.getReopenCount();
		this.projectId = complaint.getProjectId();
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

	/** Three stars or fewer, or not solved: the review team follows it up. */
	boolean isLow() {
		return !solved || stars <= 3;
	}

}
