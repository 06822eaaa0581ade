package org.anju.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.sla.calendar.CalendarDay;
import org.anju.sla.calendar.CalendarFile;
import org.anju.sla.calendar.CalendarFileException;
import org.anju.sla.calendar.WorkingCalendar;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The working calendar, business hours, deadline policies, deadline queues, clocks and measures. */
@RestController
@RequestMapping("/api/v1")
@Transactional
class SlaController {

	private final Calendars calendars;

	private final PolicyRepository policies;

	private final DeadlinesRepository deadlines;

	private final Complaints complaints;

	private final Directory directory;

	private final SlaSettings settings;

	private final Clock time;

	SlaController(Calendars calendars, PolicyRepository policies, DeadlinesRepository deadlines,
			Complaints complaints, Directory directory, SlaSettings settings, Clock time) {
		this.calendars = calendars;
		this.policies = policies;
		this.deadlines = deadlines;
		this.complaints = complaints;
		this.directory = directory;
		this.settings = settings;
		this.time = time;
	}

	@GetMapping("/sla/calendar")
	@Transactional(readOnly = true)
	List<CalendarDay> calendar(@RequestParam(required = false) Integer year) {
		return calendars.days().stream().filter(d -> year == null || d.date().getYear() == year).toList();
	}

	@GetMapping(path = "/sla/calendar/file", produces = "text/tab-separated-values;charset=UTF-8")
	@Transactional(readOnly = true)
	String calendarFile() {
		return CalendarFile.format(calendars.days());
	}

	/** Adds or replaces holidays and make-up working days from a calendar file (e.g. next year's schedule). */
	@PostMapping(path = "/sla/calendar", consumes = "text/*")
	List<CalendarDay> importCalendar(@RequestBody String file) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		try {
			List<CalendarDay> days = CalendarFile.parse(file);
			calendars.define(days);
			return days;
		}
		catch (CalendarFileException ex) {
			throw new InvalidInputException("Line " + ex.line() + ": " + ex.getMessage(),
					List.of(new LineError(ex.line(), ex.getMessage())));
		}
	}

	@DeleteMapping("/sla/calendar/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		calendars.remove(date);
	}

	@GetMapping("/projects/{projectId}/business-hours")
	@Transactional(readOnly = true)
	SlaSettings.Hours businessHours(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		return settings.hours(projectId);
	}

	@PutMapping("/projects/{projectId}/business-hours")
	SlaSettings.Hours setBusinessHours(@PathVariable long projectId, @Valid @RequestBody Hours request) {
		CurrentActor.inProject(projectId).requireAnyRole(Role.MANAGER);
		return settings.setHours(projectId, request.opens(), request.closes(), request.zone());
	}

	/** The rules in force for a project (its own and the company-wide ones), or the company-wide ones. */
	@GetMapping("/sla/policies")
	@Transactional(readOnly = true)
	List<PolicyView> policies(@RequestParam(required = false) Long projectId) {
		if (projectId != null) {
			CurrentActor.inProject(projectId);
		}
		return (projectId == null ? policies.defaults() : policies.effectiveFor(projectId)).stream()
			.map(PolicyView::of).toList();
	}

	/** Sets one rule: company-wide (ADMIN) or for one project (its MANAGER). */
	@PutMapping("/sla/policies")
	PolicyView setPolicy(@Valid @RequestBody PolicyRequest request) {
		Actor actor = CurrentActor.get();
		if (request.projectId() == null) {
			actor.requireAnyRole(Role.ADMIN);
		}
		else {
			CurrentActor.inProject(request.projectId()).requireAnyRole(Role.MANAGER);
		}
		Target target = new Target(request.amount(), request.unit());
		Policy policy = policies.find(request.projectId(), request.scope(), request.clock())
			.orElseGet(() -> new Policy(request.projectId(), request.scope(), request.clock(), target));
		policy.change(target);
		return PolicyView.of(policies.saveAndFlush(policy));
	}

	@GetMapping("/sla/queues/about-to-breach")
	@Transactional(readOnly = true)
	List<DeadlineView> aboutToBreach(@RequestParam(required = false) Long projectId) {
		return deadlines.aboutToBreach(projectId, visibleProjects(), PageRequest.of(0, 200)).stream()
			.map(this::view).toList();
	}

	@GetMapping("/sla/queues/overdue")
	@Transactional(readOnly = true)
	List<DeadlineView> overdue(@RequestParam(required = false) Long projectId) {
		return deadlines.overdue(projectId, visibleProjects(), PageRequest.of(0, 200)).stream().map(this::view).toList();
	}

	/** A complaint's clocks, with the working time left. */
	@GetMapping("/complaints/{id}/deadlines")
	@Transactional(readOnly = true)
	DeadlineView deadlines(@PathVariable long id) {
		complaints.get(id, CurrentActor.get());
		return view(deadlines.findById(id).orElseThrow(() -> new NotFoundException("Deadlines of complaint", id)));
	}

	@GetMapping("/sla/measures")
	@Transactional(readOnly = true)
	List<Measures> measures(@RequestParam(required = false) Long projectId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "PROJECT") Measures.GroupBy groupBy) {
		if (projectId != null) {
			CurrentActor.inProject(projectId);
		}
		ZoneId zone = time.getZone();
		List<Deadlines> set = deadlines.receivedBetween(from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant(), projectId, visibleProjects());
		return Measures.of(set, groupBy, time.instant());
	}

	private DeadlineView view(Deadlines d) {
		Instant now = time.instant();
		WorkingCalendar calendar = calendars.of(d.getProjectId());
		Duration left = d.getResolutionDue() == null || d.getState() != Deadlines.State.OPEN ? null
				: calendar.workingTimeBetween(now, d.getResolutionDue());
		return new DeadlineView(d.getComplaintId(), d.getProjectId(), d.getState().name(), d.getUrgency().name(),
				d.isComplex(), d.getFirstContactDue(), d.getFirstContactedAt(), d.isFirstContactBreached(),
				d.getResolutionDue(), d.isResolutionBreached(), d.getHoldStartedAt() != null, d.held(now).toMinutes(),
				left == null ? null : left.toMinutes(), d.getNextUpdateDue(), d.getCallbackDue(),
				d.getEscalationLevel());
	}

	private Set<Long> visibleProjects() {
		Actor actor = CurrentActor.get();
		return directory.projectIdsSeenBy(actor);
	}


	record LineError(int line, String reason) {
	}

	record Hours(@NotNull LocalTime opens, @NotNull LocalTime closes, String zone) {
	}

	record PolicyRequest(Long projectId,
			@NotBlank @Pattern(regexp = "URGENCY:(EMERGENCY|URGENT|NORMAL)|TOPIC:[A-Z][A-Z0-9_]*|COMPLEX") String scope,
			@NotNull ClockKind clock, @NotNull @Positive Integer amount, @NotNull TargetUnit unit) {
	}

	record PolicyView(long id, Long projectId, String scope, ClockKind clock, int amount, TargetUnit unit) {

		static PolicyView of(Policy p) {
			Target t = p.target();
			return new PolicyView(p.getId(), p.getProjectId(), p.getScope(), p.getClock(), t.amount(), t.unit());
		}

	}

	/** A complaint's clocks for people: due times, what broke, time on hold and working time left. */
	record DeadlineView(long complaintId, long projectId, String state, String urgency, boolean complex,
			Instant firstContactDue, Instant firstContactedAt, boolean firstContactBreached, Instant resolutionDue,
			boolean resolutionBreached, boolean onHold, long heldMinutes, Long workingMinutesLeft,
			Instant nextUpdateDue, Instant callbackDue, int escalationLevel) {
	}

}
