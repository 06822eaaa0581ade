package org.anju.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.notification.Message.RecipientType;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents no message can reach — elderly owners without a mobile or WeChat on file, or whose
 * every channel failed — are called instead: the message becomes a call task for the project's
 * agents (once per message), and the call's outcome goes on the complaint's timeline.
 */
@Service
@Transactional
public class CallTasks {

	private final CallTaskRepository tasks;

	private final Directory directory;

	private final Complaints complaints;

	private final Clock clock;

	CallTasks(CallTaskRepository tasks, Directory directory, Complaints complaints, Clock clock) {
		this.tasks = tasks;
		this.directory = directory;
		this.complaints = complaints;
		this.clock = clock;
	}

	/** A message for a resident that no channel can carry becomes a call (staff are never called this way). */
	void open(String key, Long complaintId, Long noticeId, Recipient recipient, CallTask.Reason reason, String subject,
			String body) {
		if (recipient.type() == RecipientType.STAFF || tasks.existsByIdempotencyKey(key)) {
			return;
		}
		Long projectId = recipient.householdId() != null
				? directory.household(recipient.householdId()).map(HouseholdRef::projectId).orElse(null)
				: complaintId == null ? null : complaints.get(complaintId, Actor.SYSTEM).getProjectId();
		tasks.save(new CallTask(key, projectId, complaintId, noticeId, recipient, reason, subject, body,
				clock.instant()));
	}

	/** The project's call tasks (every project the actor sees without one), open ones only or all. */
	@Transactional(readOnly = true)
	public List<CallTaskView> of(Long projectId, boolean openOnly, Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		Set<Long> projects = directory.projectIdsFor(projectId, actor);
		return projects.isEmpty() ? List.of() : tasks.of(projects, openOnly).stream().map(CallTask::view).toList();
	}

	/** The agent called: reached or not, with a note; a complaint's timeline says so. */
	public CallTaskView done(long id, boolean reached, String note, Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		CallTask task = tasks.findById(id).filter(t -> t.getProjectId() == null ? actor.isAdmin() : actor.canSee(t.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Call task", id));
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("note", "at most 1000 characters");
		}
		task.done(reached, text, actor.displayName(), clock.instant());
		if (task.getComplaintId() != null) {
			complaints.recordDelivery(task.getComplaintId(), "已电话告知" + task.getResidentName()
					+ (reached ? "（已接通）" : "（未接通）") + (text == null ? "" : "：" + text));
		}
		return task.view();
	}

}
