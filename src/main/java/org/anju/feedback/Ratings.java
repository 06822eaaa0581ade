package org.anju.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Owner;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners rate the resolution of their household's complaints (or staff take the rating down on
 * the callback). A rating is taken only while the complaint is resolved, once per resolution.
 * Solved with four or five stars, the owner accepts: the complaint is closed. "Not solved" reopens
 * it (二次投诉). Three stars or fewer, or not solved, go to the review team.
 */
@Service
@Transactional
public class Ratings {

	private final RatingRepository ratings;

	private final Complaints complaints;

	private final FeedbackRequests requests;

	private final Reviews reviews;

	private final Clock clock;

	Ratings(RatingRepository ratings, Complaints complaints, FeedbackRequests requests, Reviews reviews, Clock clock) {
		this.ratings = ratings;
		this.complaints = complaints;
		this.requests = requests;
		this.reviews = reviews;
		this.clock = clock;
	}

	public RatingRef rate(long complaintId, Owner owner, int stars, boolean solved, String comment) {
		String text = checked(stars, comment);
		Complaint complaint = complaints.ofOwner(complaintId, owner);
		requireRateable(complaint);
		Rating rating = ratings.saveAndFlush(Rating.byOwner(complaint, owner, stars, solved, text, clock.instant()));
		answered(complaint, rating);
		String said = stars + "星" + (text == null ? "" : "：" + text);
		if (rating.accepts()) {
			complaints.closeForOwner(complaintId, owner, "业主评价" + said);
		}
		else if (!solved) {
			complaints.reopenForOwner(complaintId, owner, "业主评价未解决，" + said);
		}
		return rating.ref();
	}

	/** The owner's rating taken down by staff on the callback; the callback's outcome decides what follows. */
	RatingRef takeOnCallback(Complaint complaint, int stars, boolean solved, String comment, Actor actor) {
		String text = checked(stars, comment);
		requireRateable(complaint);
		Rating rating = ratings.saveAndFlush(
				Rating.onCallback(complaint, actor.staffId(), stars, solved, text, clock.instant()));
		answered(complaint, rating);
		return rating.ref();
	}

	private void answered(Complaint complaint, Rating rating) {
		requests.current(complaint).ifPresent(r -> r.rated(rating.ref().stars(), clock.instant()));
		if (rating.isLow()) {
			reviews.open(complaint, rating.ref().solved() ? Review.Reason.LOW_SCORE : Review.Reason.NOT_SOLVED,
					rating.ref().stars() + "星" + (rating.ref().comment() == null ? "" : "：" + rating.ref().comment()));
		}
	}

	private void requireRateable(Complaint complaint) {
		if (complaint.getStatus() != ComplaintStatus.RESOLVED) {
			throw new ConflictException("Only a resolved complaint can be rated; " + complaint.getNumber() + " is "
					+ complaint.getStatus(), Map.of("currentState", complaint.getStatus().name()));
		}
		if (ratings.existsByComplaintIdAndRound(complaint.getId(), complaint.getReopenCount())) {
			throw new ConflictException("This resolution of " + complaint.getNumber() + " was rated already");
		}
	}

	private static String checked(int stars, String comment) {
		if (stars < 1 || stars > 5) {
			throw new InvalidInputException("stars", "must be 1 to 5");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("comment", "at most 1000 characters");
		}
		return text;
	}

	/** The owner says the problem is not solved, without rating: the complaint is reopened. */
	public Complaint reopen(long complaintId, Owner owner, String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new InvalidInputException("reason", "is required, at most 500 characters");
		}
		return complaints.reopenForOwner(complaintId, owner, "业主反馈未解决：" + reason.strip());
	}

	@Transactional(readOnly = true)
	public Optional<RatingRef> latest(long complaintId) {
		return ratings.findFirstByComplaintIdOrderByRoundDesc(complaintId).map(Rating::ref);
	}

	/** The stars of each complaint's latest rating, for those that have one. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> latestStars(Collection<Long> complaintIds) {
		Map<Long, Integer> stars = new HashMap<>();
		if (!complaintIds.isEmpty()) {
			ratings.findByComplaintIdInOrderByRound(complaintIds).forEach(r -> stars.put(r.ref().complaintId(), r.ref().stars()));
		}
		return stars;
	}

	@Transactional(readOnly = true)
	public List<RatingRef> of(long complaintId) {
		return ratings.findByComplaintIdOrderByRound(complaintId).stream().map(Rating::ref).toList();
	}

	/** The project's ratings given in [from, to): how many, the average stars, the share with 4–5 stars. */
	@Transactional(readOnly = true)
	public Satisfaction satisfaction(long projectId, Instant from, Instant to) {
		return satisfaction(List.of(projectId), from, to);
	}

	/** The same over several projects (a manager's dashboard). */
	@Transactional(readOnly = true)
	public Satisfaction satisfaction(Collection<Long> projectIds, Instant from, Instant to) {
		if (projectIds.isEmpty()) {
			return new Satisfaction(0, null, null);
		}
		Object[] row = ratings.totals(projectIds, from, to).get(0);
		long count = ((Number) row[0]).longValue();
		if (count == 0) {
			return new Satisfaction(0, null, null);
		}
		return new Satisfaction(count, ((Number) row[1]).doubleValue() / count, ((Number) row[2]).doubleValue() / count);
	}

	/** Satisfaction over a period; the averages are null while there is no rating. */
	public record Satisfaction(long ratings, Double averageStars, Double satisfiedShare) {
	}

}
