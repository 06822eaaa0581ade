package org.anju.feedback;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review team (专项复查): a low score, a "not solved", an unsatisfied callback or a reopen opens
 * one review per complaint; a reviewer takes it, records the second follow-up (and may reopen and
 * reassign the complaint with the ordinary actions), and finishes it with the outcome. With
 * {@code anju.feedback.review.independent} a reviewer never reviews their own department's work.
 */
@Service
@Transactional
public class Reviews {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final ReviewRepository reviews;

	private final Complaints complaints;

	private final Organisation organisation;

	private final Clock clock;

	private final boolean independent;

	Reviews(ReviewRepository reviews, Complaints complaints, Organisation organisation, Clock clock,
			@Value("${anju.feedback.review.independent:true}") boolean independent) {
		this.reviews = reviews;
		this.complaints = complaints;
		this.organisation = organisation;
		this.clock = clock;
		this.independent = independent;
	}

	/** Opens a review of the complaint unless one is open already. */
	void open(Complaint complaint, Review.Reason reason, String detail) {
		if (reviews.openFor(complaint.getId()).isEmpty()) {
			reviews.save(new Review(complaint, reason, detail, clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public List<ReviewRef> of(long complaintId, Actor actor) {
		complaints.get(complaintId, actor);
		return reviews.findByComplaintIdOrderById(complaintId).stream().map(Review::ref).toList();
	}

	/** The complaints under review, the longest waiting first, in the projects ({@code null} = all). */
	@Transactional(readOnly = true)
	public List<Long> openComplaintIds(Set<Long> projects, int limit) {
		return reviews.openComplaintIds(projects == null, projects == null || projects.isEmpty() ? Set.of(-1L) : projects,
				PageRequest.of(0, limit));
	}

	@Transactional(readOnly = true)
	public long countOpen(Set<Long> projects) {
		return reviews.countOpen(projects == null, projects == null || projects.isEmpty() ? Set.of(-1L) : projects);
	}

	public ReviewRef take(long reviewId, Actor actor) {
		Review review = review(reviewId, actor);
		actor.requireAnyRole(Role.REVIEWER, Role.MANAGER);
		if (independent && !actor.hasAnyRole(Role.MANAGER) && review.getDepartment() != null
				&& review.getDepartment().equals(organisation.staff(actor.staffId()).map(StaffRef::departmentCode)
					.orElse(null))) {
			throw new AccessDeniedException("A reviewer does not review their own department's work");
		}
		review.take(actor);
		return reviews.saveAndFlush(review).ref();
	}

	/** The reviewer records what they found or did in the second follow-up. */
	public ReviewRef record(long reviewId, String text, Actor actor) {
		Review review = taken(reviewId, actor);
		if (text == null || text.isBlank() || text.strip().length() > 2000) {
			throw new InvalidInputException("text", "is required, at most 2000 characters");
		}
		review.record(text.strip() + "（" + actor.displayName() + "）", clock.instant(),
				WHEN.format(clock.instant().atZone(clock.getZone())));
		return reviews.saveAndFlush(review).ref();
	}

	public ReviewRef finish(long reviewId, String outcome, Actor actor) {
		Review review = taken(reviewId, actor);
		Review.Outcome result;
		try {
			result = Review.Outcome.valueOf(String.valueOf(outcome));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("outcome", "must be SATISFIED or NOT_SATISFIED");
		}
		review.finish(result, clock.instant());
		return reviews.saveAndFlush(review).ref();
	}

	@Transactional(readOnly = true)
	public Optional<ReviewRef> openFor(long complaintId) {
		return reviews.openFor(complaintId).map(Review::ref);
	}

	/** A review the reviewer took (or, for a manager, any review of their projects). */
	private Review taken(long reviewId, Actor actor) {
		Review review = review(reviewId, actor);
		actor.requireAnyRole(Role.REVIEWER, Role.MANAGER);
		if (!actor.hasAnyRole(Role.MANAGER) && review.getReviewerId() != null
				&& review.getReviewerId() != actor.staffId()) {
			throw new AccessDeniedException("Another reviewer took this review");
		}
		return review;
	}

	private Review review(long id, Actor actor) {
		return reviews.findById(id).filter(r -> actor.canSee(r.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Review", id));
	}

}
