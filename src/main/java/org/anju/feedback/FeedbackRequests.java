package org.anju.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintClosed;
import org.anju.complaint.ComplaintReopened;
import org.anju.complaint.ComplaintResolved;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows each resolution until the owner's feedback: asked for when the complaint is resolved
 * (the notification module sends the request), reminded once after
 * {@code anju.feedback.reminder-after}, and — if nobody answers within
 * {@code anju.feedback.auto-close-after} — closed as "no feedback". A reopen ends the wait and
 * sends the complaint to the review team.
 */
@Component
@Transactional
class FeedbackRequests {

	private static final Logger log = LoggerFactory.getLogger(FeedbackRequests.class);

	private static final int BATCH = 200;

	private final FeedbackRequestRepository requests;

	private final Complaints complaints;

	private final Reviews reviews;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration callbackWithin;

	private final Duration reminderAfter;

	private final Duration autoCloseAfter;

	FeedbackRequests(FeedbackRequestRepository requests, Complaints complaints, Reviews reviews,
			ApplicationEventPublisher events, Clock clock,
			@Value("${anju.feedback.callback-within:P3D}") Duration callbackWithin,
			@Value("${anju.feedback.reminder-after:P2D}") Duration reminderAfter,
			@Value("${anju.feedback.auto-close-after:P7D}") Duration autoCloseAfter) {
		this.requests = requests;
		this.complaints = complaints;
		this.reviews = reviews;
		this.events = events;
		this.clock = clock;
		this.callbackWithin = callbackWithin;
		this.reminderAfter = reminderAfter;
		this.autoCloseAfter = autoCloseAfter;
	}

	@EventListener
	void on(ComplaintResolved event) {
		Complaint c = complaints.get(event.complaintId(), Actor.SYSTEM);
		if (requests.findByComplaintIdAndRound(c.getId(), c.getReopenCount()).isEmpty()) {
			requests.save(new FeedbackRequest(c, event.at(), callbackWithin));
		}
	}

	@EventListener
	void on(ComplaintReopened event) {
		requests.findByComplaintIdAndRound(event.complaintId(), event.reopenCount() - 1)
			.ifPresent(r -> r.end(clock.instant()));
		reviews.open(complaints.get(event.complaintId(), Actor.SYSTEM), Review.Reason.REOPENED, event.reason());
	}

	@EventListener
	void on(ComplaintClosed event) {
		Complaint c = complaints.get(event.complaintId(), Actor.SYSTEM);
		requests.findByComplaintIdAndRound(c.getId(), c.getReopenCount()).ifPresent(r -> r.end(event.at()));
	}

	/** The request of the complaint's current resolution, if it is waiting for feedback. */
	Optional<FeedbackRequest> current(Complaint c) {
		return requests.findByComplaintIdAndRound(c.getId(), c.getReopenCount());
	}

	/** Reminds, once, the owners who have not rated a resolution for {@code reminder-after}. */
	int remind(Instant now) {
		int sent = 0;
		for (FeedbackRequest r : requests.toRemind(now.minus(reminderAfter), PageRequest.of(0, BATCH))) {
			r.remind(now);
			events.publishEvent(new RatingReminderDue(r.getComplaintId(), r.getRound()));
			sent++;
		}
		return sent;
	}

	/** Closes, as "no feedback", the resolutions nobody answered within {@code auto-close-after}. */
	int closeUnanswered(Instant now) {
		int closed = 0;
		for (FeedbackRequest r : requests.unanswered(now.minus(autoCloseAfter), PageRequest.of(0, BATCH))) {
			r.noFeedback(now);
			Complaint c = complaints.get(r.getComplaintId(), Actor.SYSTEM);
			if (c.getStatus() == ComplaintStatus.RESOLVED) {
				complaints.closeWithoutFeedback(c.getId(),
						"业主" + autoCloseAfter.toDays() + "天内未评价，按无反馈办结");
				closed++;
			}
		}
		if (closed > 0) {
			log.info("Closed {} resolved complaints without feedback", closed);
		}
		return closed;
	}

}
