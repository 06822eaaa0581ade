package org.anju.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.anju.agenda.AppointmentKind;
import org.anju.agenda.AppointmentView;
import org.anju.agenda.Appointments;
import org.anju.agenda.Booking;
import org.anju.agenda.BookingConflictException;
import org.anju.agenda.NewTask;
import org.anju.agenda.TaskStatus;
import org.anju.agenda.Tasks;
import org.anju.console.AgendaForms.BookingForm;
import org.anju.console.AgendaForms.CallForm;
import org.anju.console.AgendaForms.TaskForm;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ProjectRef;
import org.anju.intake.Hotline;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 日程: my week (appointments, open tasks, callbacks due), the forms to book — with the
 * double-booking warning and its "book anyway" — to create and close tasks and to log a call I
 * made, and the team view of a project. Everything goes through the agenda module and the
 * intake's {@link Hotline}, like the REST API.
 */
@Controller
@RequestMapping("/agenda")
class AgendaPageController {

	private static final int WEEK = 7;

	private final Appointments appointments;

	private final Tasks tasks;

	private final Hotline hotline;

	private final Organisation organisation;

	private final Directory directory;

	private final StaffProjects projects;

	private final AgendaErrors errors;

	private final Clock clock;

	AgendaPageController(Appointments appointments, Tasks tasks, Hotline hotline, Organisation organisation,
			Directory directory, StaffProjects projects, AgendaErrors errors, Clock clock) {
		this.appointments = appointments;
		this.tasks = tasks;
		this.hotline = hotline;
		this.organisation = organisation;
		this.directory = directory;
		this.projects = projects;
		this.errors = errors;
		this.clock = clock;
	}

	/** My week from {@code from} (default today). */
	@GetMapping
	String mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		LocalDate first = from != null ? from : LocalDate.now(clock);
		model.addAttribute("booking", BookingForm.empty(first));
		return page(first, model);
	}

	@PostMapping("/appointments")
	String book(@ModelAttribute BookingForm form, Model model, RedirectAttributes flash, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		ZoneId zone = clock.getZone();
		try {
			if (form.date() == null || form.start() == null || form.end() == null) {
				throw new InvalidInputException(form.date() == null ? "date" : form.start() == null ? "start" : "end",
						"is required");
			}
			AppointmentView booked = appointments.book(new Booking(form.projectId(), form.title(), form.kind(),
					form.staffIds(), form.date().atTime(form.start()).atZone(zone).toInstant(),
					form.date().atTime(form.end()).atZone(zone).toInstant(), null, null, form.location(), form.notes(),
					form.remindMinutesBefore(), form.acknowledgeConflicts()), actor);
			flash.addFlashAttribute("flash", errors.text(booked.conflictAcknowledged() ? "agenda.booked.warning"
					: "agenda.booked", booked.title()));
			return "redirect:/agenda?from=" + form.date();
		}
		catch (BookingConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflicts", ex.conflicts());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors.of(ex));
		}
		model.addAttribute("booking", form);
		return page(form.date() != null ? form.date() : LocalDate.now(clock), model);
	}

	@PostMapping("/tasks")
	String createTask(@ModelAttribute TaskForm form, RedirectAttributes flash) {
		try {
			tasks.create(new NewTask(form.projectId(), form.title(), form.notes(), form.assigneeId(),
					form.dueDate() == null ? null : form.dueDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
					null, null), CurrentActor.get());
			flash.addFlashAttribute("flash", errors.text("agenda.task.created", form.title()));
		}
		catch (InvalidInputException ex) {
			flash.addFlashAttribute("failure", String.join(" ", errors.of(ex).values()));
		}
		return "redirect:/agenda";
	}

	@PostMapping("/tasks/{id}/{action:done|cancel}")
	String closeTask(@PathVariable long id, @PathVariable String action, RedirectAttributes flash) {
		try {
			if ("done".equals(action)) {
				tasks.complete(id, CurrentActor.get());
			}
			else {
				tasks.cancel(id, CurrentActor.get());
			}
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("failure", errors.text("agenda.task.closed"));
		}
		return "redirect:/agenda";
	}

	/** Logs a call the agent made (the service desk only). */
	@PostMapping("/calls")
	String dial(@ModelAttribute CallForm form, RedirectAttributes flash) {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		try {
			hotline.dial(new Hotline.Dialled(form.householdId(), null, form.complaintId(), null,
					form.durationMinutes() == null ? null : form.durationMinutes() * 60, form.outcome(), form.notes(),
					null), actor);
			flash.addFlashAttribute("flash", errors.text("agenda.call.logged"));
		}
		catch (InvalidInputException ex) {
			flash.addFlashAttribute("failure", String.join(" ", errors.of(ex).values()));
		}
		return "redirect:/agenda";
	}

	/** A project's (or a department's) appointments for a week from {@code from}. */
	@GetMapping("/team")
	String team(@RequestParam(required = false) Long projectId, @RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		Actor actor = CurrentActor.get();
		List<ProjectRef> mine = projects.of(actor);
		long project = projectId != null ? projectId : mine.isEmpty() ? 0 : mine.get(0).id();
		LocalDate first = from != null ? from : LocalDate.now(clock);
		model.addAttribute("projects", mine);
		model.addAttribute("projectId", project);
		model.addAttribute("department", department);
		model.addAttribute("departments", project == 0 ? List.of() : organisation.departmentsOf(project));
		model.addAttribute("from", first);
		model.addAttribute("days", project == 0 ? List.of()
				: days(first, appointments.team(project, department, first, first.plusDays(WEEK - 1), actor)));
		model.addAttribute("zone", clock.getZone());
		return "console/agenda/team";
	}

	private String page(LocalDate first, Model model) {
		Actor actor = CurrentActor.get();
		boolean desk = actor.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		List<ProjectRef> mine = projects.of(actor);
		model.addAttribute("from", first);
		model.addAttribute("days", days(first, appointments.mine(first, first.plusDays(WEEK - 1), actor)));
		model.addAttribute("tasks", tasks.mine(TaskStatus.OPEN, actor));
		model.addAttribute("desk", desk);
		model.addAttribute("callbacks", desk ? hotline.callbacksDue(actor) : List.of());
		model.addAttribute("projects", mine);
		model.addAttribute("colleagues", colleagues(actor, mine));
		model.addAttribute("households", desk ? households(mine) : List.of());
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("outcomes", List.of("REACHED", "NO_ANSWER", "BUSY", "WRONG_NUMBER"));
		model.addAttribute("zone", clock.getZone());
		return "console/agenda/mine";
	}

	/** Whom the actor may book or give tasks to: a lead their projects' active staff, anyone else themself. */
	private List<StaffRef> colleagues(Actor actor, List<ProjectRef> mine) {
		Map<Long, StaffRef> staff = new LinkedHashMap<>();
		if (actor.hasAnyRole(Role.SUPERVISOR, Role.MANAGER)) {
			mine.forEach(p -> organisation.activeStaff(p.id()).forEach(s -> staff.putIfAbsent(s.id(), s)));
		}
		organisation.staff(actor.staffId()).ifPresent(s -> staff.putIfAbsent(s.id(), s));
		return new ArrayList<>(staff.values());
	}

	private List<HouseholdRef> households(List<ProjectRef> mine) {
		return mine.stream().flatMap(p -> directory.householdsOf(p.id()).stream()).toList();
	}

	private List<Day> days(LocalDate first, List<AppointmentView> all) {
		ZoneId zone = clock.getZone();
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < WEEK; i++) {
			LocalDate date = first.plusDays(i);
			days.add(new Day(date, all.stream()
				.filter(a -> !LocalDate.ofInstant(a.startsAt(), zone).isAfter(date)
						&& !LocalDate.ofInstant(a.endsAt().minusNanos(1), zone).isBefore(date))
				.toList()));
		}
		return days;
	}

	/** One day of the calendar. */
	record Day(LocalDate date, List<AppointmentView> appointments) {
	}

}
