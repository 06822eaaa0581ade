package org.anju.intake;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbound log and its quarantine, for staff: what came in on which channel, what became of
 * it, the raw bytes. A message without a project (an unknown WeChat user, a mail no one could
 * place) is seen by admins only; a quarantined one is resolved by a complaint made by hand, or
 * discarded with a reason.
 */
@Service
@Transactional
class InboundMessages {

	private static final Set<InboundStatus> WAITING = EnumSet.of(InboundStatus.QUARANTINED);

	private final InboundMessageRepository messages;

	private final Intake intake;

	private final Complaints complaints;

	private final Clock clock;

	InboundMessages(InboundMessageRepository messages, Intake intake, Complaints complaints, Clock clock) {
		this.messages = messages;
		this.intake = intake;
		this.complaints = complaints;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<InboundMessage> list(Set<InboundStatus> statuses, Channel channel, Actor actor) {
		requireDesk(actor);
		Set<InboundStatus> wanted = statuses == null || statuses.isEmpty() ? WAITING : statuses;
		List<InboundMessage> found = channel == null ? messages.findTop500ByStatusInOrderByIdDesc(wanted)
				: messages.findTop500ByStatusInAndChannelOrderByIdDesc(wanted, channel);
		return found.stream().filter(m -> visible(m, actor)).toList();
	}

	@Transactional(readOnly = true)
	List<InboundMessage> ofComplaint(long complaintId, Actor actor) {
		complaints.get(complaintId, actor);
		return messages.findByComplaintIdOrderById(complaintId);
	}

	@Transactional(readOnly = true)
	InboundMessage get(long id, Actor actor) {
		requireDesk(actor);
		return messages.findById(id).filter(m -> visible(m, actor))
			.orElseThrow(() -> new NotFoundException("Inbound message", id));
	}

	@Transactional(readOnly = true)
	byte[] raw(long id, Actor actor) {
		return intake.rawOf(get(id, actor));
	}

	InboundMessage resolve(long id, long complaintId, Actor actor) {
		InboundMessage message = get(id, actor);
		Complaint complaint = complaints.get(complaintId, actor);
		if (message.getProjectId() != null && message.getProjectId() != complaint.getProjectId()) {
			throw new InvalidInputException("complaintId", "belongs to another project");
		}
		message.resolve(complaint, actor.username(), clock.instant());
		return message;
	}

	InboundMessage discard(long id, String reason, Actor actor) {
		InboundMessage message = get(id, actor);
		actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		message.discard(reason, actor.username(), clock.instant());
		return message;
	}

	private static void requireDesk(Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
	}

	/** An admin sees every message; staff those of their projects, and what they sent themselves. */
	private static boolean visible(InboundMessage m, Actor actor) {
		return actor.isAdmin() || m.getProjectId() != null && actor.canSee(m.getProjectId())
				|| Long.valueOf(actor.staffId()).equals(m.getSubmittedBy());
	}

}
