package org.anju.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.Visibility;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's replies to the city (回复): one per order, kept with who sent it and when, and
 * noted on the complaint's timeline; and the orders of a project by their deadline, so that none
 * is answered late.
 */
@Service
@Transactional
class CityOrderReplies {

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final int MAX_LISTED = 500;

	private final CityOrderEntryRepository orders;

	private final Complaints complaints;

	private final Clock clock;

	CityOrderReplies(CityOrderEntryRepository orders, Complaints complaints, Clock clock) {
		this.orders = orders;
		this.complaints = complaints;
		this.clock = clock;
	}

	/** Records the reply sent to the city (now, unless it was sent earlier); an order takes one reply (409). */
	Listed reply(String orderNumber, String text, Instant repliedAt, Actor actor) {
		requireDesk(actor);
		CityOrderEntry order = orders.findByOrderNumber(orderNumber).filter(o -> actor.canSee(o.getProjectId()))
			.orElseThrow(() -> new NotFoundException("12345 order", orderNumber));
		Instant now = clock.instant();
		Instant at = repliedAt == null ? now : repliedAt;
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("repliedAt", "lies in the future");
		}
		if (at.isBefore(order.getReceivedAt())) {
			throw new InvalidInputException("repliedAt", "lies before the order was received");
		}
		order.reply(text, at, actor.username());
		Complaint complaint = complaints.addNote(order.getComplaintId(), "已回复12345工单 " + orderNumber + ": " + text,
				Visibility.INTERNAL, actor);
		return new Listed(order, complaint.getStatus());
	}

	/** An order with where its complaint stands. */
	record Listed(CityOrderEntry order, ComplaintStatus status) {
	}

	/** A project's orders by deadline, the earliest first; {@code replied} null for all of them. */
	@Transactional(readOnly = true)
	List<Listed> list(long projectId, Boolean replied, Actor actor) {
		requireDesk(actor);
		PageRequest first = PageRequest.of(0, MAX_LISTED);
		List<CityOrderEntry> found = replied == null ? orders.findByProjectIdOrderByDueAt(projectId, first)
				: replied ? orders.findByProjectIdAndRepliedAtIsNotNullOrderByDueAt(projectId, first)
						: orders.findByProjectIdAndRepliedAtIsNullOrderByDueAt(projectId, first);
		return found.stream().map(o -> new Listed(o, complaints.get(o.getComplaintId(), actor).getStatus())).toList();
	}

	private static void requireDesk(Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
	}

}
