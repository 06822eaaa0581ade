package org.anju.agenda;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff calendar and tasks over REST: book (409 listing the overlapping appointments unless
 * {@code acknowledgeConflicts}), cancel, my calendar, the team view; create, assign, complete and
 * cancel tasks.
 */
@RestController
@RequestMapping("/api/v1/agenda")
class AgendaController {

	private final Appointments appointments;

	private final Tasks tasks;

	private final Clock clock;

	AgendaController(Appointments appointments, Tasks tasks, Clock clock) {
		this.appointments = appointments;
		this.tasks = tasks;
		this.clock = clock;
	}

	@PostMapping("/appointments")
	ResponseEntity<AppointmentView> book(@RequestBody Booking booking) {
		AppointmentView booked = appointments.book(booking, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/agenda/appointments/" + booked.id())).body(booked);
	}

	/** My appointments from {@code from} (default today) to {@code to} (default a week on). */
	@GetMapping("/appointments")
	List<AppointmentView> mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = from != null ? from : LocalDate.now(clock);
		return appointments.mine(first, to != null ? to : first.plusDays(6), CurrentActor.get());
	}

	@GetMapping("/appointments/{id}")
	AppointmentView get(@PathVariable long id) {
		return appointments.get(id, CurrentActor.get());
	}

	@PostMapping("/appointments/{id}/cancel")
	AppointmentView cancel(@PathVariable long id) {
		return appointments.cancel(id, CurrentActor.get());
	}

	/** A project's (or one department's) appointments from {@code from} (default today) to {@code to} (default the same day). */
	@GetMapping("/team")
	List<AppointmentView> team(@RequestParam long projectId, @RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = from != null ? from : LocalDate.now(clock);
		return appointments.team(projectId, department, first, to != null ? to : first, CurrentActor.get());
	}

	@PostMapping("/tasks")
	ResponseEntity<TaskView> create(@RequestBody NewTask request) {
		TaskView task = tasks.create(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/agenda/tasks/" + task.id())).body(task);
	}

	/** My tasks ({@code status}, default OPEN), or a project's with {@code projectId}. */
	@GetMapping("/tasks")
	List<TaskView> list(@RequestParam(required = false) Long projectId,
			@RequestParam(defaultValue = "OPEN") TaskStatus status) {
		return projectId == null ? tasks.mine(status, CurrentActor.get())
				: tasks.ofProject(projectId, status, CurrentActor.get());
	}

	@GetMapping("/tasks/{id}")
	TaskView task(@PathVariable long id) {
		return tasks.get(id, CurrentActor.get());
	}

	@PostMapping("/tasks/{id}/assign")
	TaskView assign(@PathVariable long id, @RequestBody Assignment request) {
		if (request.assigneeId() == null) {
			throw new InvalidInputException("assigneeId", "is required");
		}
		return tasks.assign(id, request.assigneeId(), CurrentActor.get());
	}

	@PostMapping("/tasks/{id}/done")
	TaskView done(@PathVariable long id) {
		return tasks.complete(id, CurrentActor.get());
	}

	@PostMapping("/tasks/{id}/cancel")
	TaskView cancelTask(@PathVariable long id) {
		return tasks.cancel(id, CurrentActor.get());
	}

	record Assignment(Long assigneeId) {
	}

}
