package org.anju.feedback;

import java.time.Clock;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.ContactMethod;
import org.anju.complaint.Visibility;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callback (回访) after a resolution, by phone, visit or WeChat: recorded on the timeline with
 * its outcome (and the owner's stars if they gave any). A satisfied owner closes the complaint;
 * an unsatisfied one goes to the review team; an owner not reached leaves it waiting.
 */
@Service
@Transactional
public class Callbacks {

	private final Complaints complaints;

	private final FeedbackRequests requests;

	private final Ratings ratings;

	private final Reviews reviews;

	private final Clock clock;

	Callbacks(Complaints complaints, FeedbackRequests requests, Ratings ratings, Reviews reviews, Clock clock) {
		this.complaints = complaints;
		this.requests = requests;
		this.ratings = ratings;
		this.reviews = reviews;
		this.clock = clock;
	}

	public void record(long complaintId, ContactMethod method, CallbackOutcome outcome, Integer stars, String note,
			Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
		Complaint complaint = complaints.get(complaintId, actor);
		if (complaint.getStatus() != ComplaintStatus.RESOLVED) {
			throw new ConflictException("A callback follows a resolution; " + complaint.getNumber() + " is "
					+ complaint.getStatus());
		}
		if (method == null || outcome == null) {
			throw new InvalidInputException(method == null ? "method" : "outcome", "is required");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException("note", "at most 2000 characters");
		}
		if (stars != null && outcome.reached()) {
			ratings.takeOnCallback(complaint, stars, outcome == CallbackOutcome.SATISFIED, text, actor);
		}
		complaints.recordContact(complaintId, method, summary(outcome, stars, text), Visibility.INTERNAL, actor);
		requests.current(complaint).ifPresent(r -> r.calledBack(outcome, clock.instant()));
		if (outcome == CallbackOutcome.SATISFIED) {
			complaints.close(complaintId, "回访满意，办结", null, actor);
		}
		else if (outcome == CallbackOutcome.NOT_SATISFIED) {
			reviews.open(complaint, Review.Reason.CALLBACK, text);
		}
	}

	private static String summary(CallbackOutcome outcome, Integer stars, String note) {
		String result = switch (outcome) {
			case SATISFIED -> "满意";
			case NOT_SATISFIED -> "不满意";
			case UNREACHABLE -> "未联系上";
		};
		return "回访：" + result + (stars == null ? "" : "，" + stars + "星") + (note == null ? "" : "。" + note);
	}

}
