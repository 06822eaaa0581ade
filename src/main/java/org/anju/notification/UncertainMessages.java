package org.anju.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages a delivery run claimed and then died while sending: the provider may or may not have
 * them, so they are not resent automatically (which could send an owner the same text twice) but
 * listed for the project's agents, who check with the owner or the provider's console and resend
 * deliberately — with the same idempotency key, so a provider that honours it still drops a repeat.
 */
@Service
@Transactional
public class UncertainMessages {

	private final MessageRepository messages;

	private final Directory directory;

	private final Complaints complaints;

	private final Clock clock;

	UncertainMessages(MessageRepository messages, Directory directory, Complaints complaints, Clock clock) {
		this.messages = messages;
		this.directory = directory;
		this.complaints = complaints;
		this.clock = clock;
	}

	/** The uncertain messages of the projects the actor sees (of one project when given). */
	@Transactional(readOnly = true)
	List<Message> of(Long projectId, Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		Set<Long> projects = directory.projectIdsFor(projectId, actor);
		return messages.findTop500ByStatusOrderByIdDesc(Message.Status.UNCERTAIN).stream()
			.filter(m -> {
				Long project = projectOf(m);
				return project == null ? actor.isAdmin() && projectId == null : projects.contains(project);
			})
			.toList();
	}

	/** The uncertain messages of the projects the actor sees (of one project when given), newest first. */
	@Transactional(readOnly = true)
	public List<UncertainMessage> list(Long projectId, Actor actor) {
		return of(projectId, actor).stream().map(UncertainMessage::of).toList();
	}

	/** Queues an uncertain message again, at once; 409 unless it is uncertain. */
	public void resend(long id, Actor actor) {
		resent(id, actor);
	}

	/** {@link #resend}, returning the message queued again. */
	Message resent(long id, Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		Message message = messages.findById(id).filter(m -> {
			Long project = projectOf(m);
			return project == null ? actor.isAdmin() : actor.canSee(project);
		}).orElseThrow(() -> new NotFoundException("Message", id));
		if (message.getStatus() != Message.Status.UNCERTAIN) {
			throw new ConflictException("Only a message whose delivery is uncertain can be resent; this one is "
					+ message.getStatus());
		}
		message.resend(clock.instant());
		if (message.getComplaintId() != null) {
			complaints.recordDelivery(message.getComplaintId(),
					actor.displayName() + "核实后重发通知给" + message.getRecipientName() + "：" + message.getSubject());
		}
		return message;
	}

	private Long projectOf(Message m) {
		if (m.getHouseholdId() != null) {
			return directory.household(m.getHouseholdId()).map(HouseholdRef::projectId).orElse(null);
		}
		return m.getComplaintId() == null ? null : complaints.get(m.getComplaintId(), Actor.SYSTEM).getProjectId();
	}

}
