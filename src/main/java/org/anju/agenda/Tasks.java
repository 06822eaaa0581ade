package org.anju.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.anju.complaint.Complaint;
import org.anju.directory.Directory;
import org.anju.notification.DirectMessages;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks: anyone keeps their own; a supervisor or manager gives them to colleagues of their
 * projects, who are told in their inbox. The assignee, the creator or a lead completes one;
 * the creator or a lead cancels it; a closed task stays closed (409).
 */
@Service
@Transactional
public class Tasks {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final TaskRepository tasks;

	private final AgendaAccess access;

	private final Directory directory;

	private final DirectMessages messages;

	private final Clock clock;

	Tasks(TaskRepository tasks, AgendaAccess access, Directory directory, DirectMessages messages, Clock clock) {
		this.tasks = tasks;
		this.access = access;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	public TaskView create(NewTask request, Actor actor) {
		check(request);
		Complaint complaint = access.complaint(request.complaintId(), actor);
		long projectId = access.project(request.projectId(), complaint, actor);
		access.household(request.householdId(), projectId);
		long assigneeId = request.assigneeId() == null ? actor.staffId() : request.assigneeId();
		StaffRef assignee = access.staff(List.of(assigneeId), projectId, actor).get(0);
		Long householdId = request.householdId() != null ? request.householdId()
				: complaint == null ? null : complaint.getHouseholdId();
		Task task = tasks.save(new Task(projectId, request.title().strip(), Appointments.blankToNull(request.notes()),
				assigneeId, request.dueAt(), request.complaintId(), householdId, actor.staffId(), clock.instant()));
		tell(task, assignee, actor);
		return view(task);
	}

	/** Gives the task to someone else (a lead), who is told. */
	public TaskView assign(long id, long assigneeId, Actor actor) {
		Task task = visible(id, actor);
		actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		StaffRef assignee = access.staff(List.of(assigneeId), task.getProjectId(), actor).get(0);
		task.assign(assigneeId);
		tasks.saveAndFlush(task);
		tell(task, assignee, actor);
		return view(task);
	}

	public TaskView complete(long id, Actor actor) {
		Task task = visible(id, actor);
		if (task.getAssigneeId() != actor.staffId() && task.getCreatedBy() != actor.staffId()) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		task.close(TaskStatus.DONE, actor.staffId(), clock.instant());
		return view(tasks.saveAndFlush(task));
	}

	public TaskView cancel(long id, Actor actor) {
		Task task = visible(id, actor);
		if (task.getCreatedBy() != actor.staffId()) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		task.close(TaskStatus.CANCELLED, actor.staffId(), clock.instant());
		return view(tasks.saveAndFlush(task));
	}

	@Transactional(readOnly = true)
	public TaskView get(long id, Actor actor) {
		return view(visible(id, actor));
	}

	/** The actor's tasks in a status (open ones first due first). */
	@Transactional(readOnly = true)
	public List<TaskView> mine(TaskStatus status, Actor actor) {
		return tasks.findByAssigneeIdAndStatusOrderByDueAtAscIdAsc(actor.staffId(), status).stream()
			.filter(t -> actor.canSee(t.getProjectId()))
			.map(this::view)
			.toList();
	}

	/** A project's tasks in a status (404 unless the actor sees the project). */
	@Transactional(readOnly = true)
	public List<TaskView> ofProject(long projectId, TaskStatus status, Actor actor) {
		directory.projectIdsFor(projectId, actor);
		return tasks.findByProjectIdAndStatusOrderByDueAtAscIdAsc(projectId, status).stream().map(this::view).toList();
	}

	/** The assignee hears of a task someone else gave them, once per assignment. */
	private void tell(Task task, StaffRef assignee, Actor actor) {
		if (assignee.id() == actor.staffId()) {
			return;
		}
		String due = task.getDueAt() == null ? "" : "，请于 " + MINUTE.format(task.getDueAt().atZone(clock.getZone())) + " 前完成";
		messages.toStaff("agenda-task:" + task.getId() + ":" + task.getVersion(), assignee.id(),
				assignee.displayName(), "新任务：" + task.getTitle(),
				actor.displayName() + " 给您分配了任务「" + task.getTitle() + "」" + due + "。");
	}

	private Task visible(long id, Actor actor) {
		return tasks.findById(id).filter(t -> actor.canSee(t.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Task", id));
	}

	private TaskView view(Task t) {
		return new TaskView(t.getId(), t.getProjectId(), t.getTitle(), t.getNotes(), t.getAssigneeId(),
				access.name(t.getAssigneeId()), t.getDueAt(), t.getStatus(), t.getComplaintId(), t.getHouseholdId(),
				access.householdLabel(t.getHouseholdId()), t.getCreatedBy(), access.name(t.getCreatedBy()),
				t.getCreatedAt(), t.getClosedAt());
	}

	private static void check(NewTask t) {
		List<FieldError> errors = new ArrayList<>();
		if (t.title() == null || t.title().isBlank()) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (t.title().length() > 200) {
			errors.add(new FieldError("title", "is longer than 200 characters"));
		}
		if (t.notes() != null && t.notes().length() > 2000) {
			errors.add(new FieldError("notes", "is longer than 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
