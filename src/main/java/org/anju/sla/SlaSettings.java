package org.anju.sla;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.anju.platform.web.InvalidInputException;
import org.anju.sla.calendar.BusinessHours;
import org.anju.sla.calendar.CalendarDay;
import org.anju.sla.calendar.CalendarFile;
import org.anju.sla.calendar.CalendarFileException;
import org.anju.sla.calendar.DayKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline policies, the holiday calendar and the projects' business hours for the console's administration pages: the same
 * reads and changes as {@code SlaController}. Callers check who may do this (company-wide rules and
 * the calendar are the administrator's, a project's rules its manager's).
 */
@Service
@Transactional
public class SlaSettings {

	/** The scopes {@code PUT /sla/policies} accepts: an urgency, a topic, or complex cases. */
	private static final Pattern SCOPE = Pattern.compile("URGENCY:(EMERGENCY|URGENT|NORMAL)|TOPIC:[A-Z][A-Z0-9_]*|COMPLEX");

	private final PolicyRepository policies;

	private final Calendars calendars;

	SlaSettings(PolicyRepository policies, Calendars calendars) {
		this.policies = policies;
		this.calendars = calendars;
	}

	/** One rule: its project (null = company-wide), scope, clock and target. */
	public record PolicyRef(long id, Long projectId, String scope, ClockKind clock, int amount, TargetUnit unit) {

		static PolicyRef of(Policy p) {
			return new PolicyRef(p.getId(), p.getProjectId(), p.getScope(), p.getClock(), p.target().amount(),
					p.target().unit());
		}

	}

	/** A date that departs from the ordinary week: a holiday ({@code workday} false) or a make-up working day. */
	public record Day(LocalDate date, boolean workday, String name) {
	}

	/** A project's service-centre hours on working days, in the local time of {@code zone}. */
	public record Hours(LocalTime opens, LocalTime closes, String zone) {

		static Hours of(BusinessHours hours) {
			return new Hours(hours.opens(), hours.closes(), hours.zone().getId());
		}

	}

	/** The rules in force for a project (its own and the company's), or the company's when null. */
	@Transactional(readOnly = true)
	public List<PolicyRef> policies(Long projectId) {
		return (projectId == null ? policies.defaults() : policies.effectiveFor(projectId)).stream()
			.map(PolicyRef::of).toList();
	}

	/** Sets one rule, as {@code PUT /sla/policies} does; the scope must be one the API accepts. */
	public PolicyRef setPolicy(Long projectId, String scope, ClockKind clock, int amount, TargetUnit unit) {
		if (scope == null || !SCOPE.matcher(scope).matches()) {
			throw new InvalidInputException("scope", "must be URGENCY:<code>, TOPIC:<code> or COMPLEX");
		}
		if (amount <= 0) {
			throw new InvalidInputException("amount", "must be greater than 0");
		}
		Target target = new Target(amount, unit);
		Policy policy = policies.find(projectId, scope, clock)
			.orElseGet(() -> new Policy(projectId, scope, clock, target));
		policy.change(target);
		return PolicyRef.of(policies.saveAndFlush(policy));
	}

	@Transactional(readOnly = true)
	public List<Day> calendar(int year) {
		return calendars.days().stream().filter(d -> d.date().getYear() == year)
			.map(d -> new Day(d.date(), d.kind() == DayKind.WORKDAY, d.name())).toList();
	}

	/** Adds or replaces days from a calendar file; a bad line is an error on "file" naming its line. */
	public int importCalendar(String file) {
		try {
			List<CalendarDay> days = CalendarFile.parse(file);
			calendars.define(days);
			return days.size();
		}
		catch (CalendarFileException ex) {
			throw new InvalidInputException("file", ex.getMessage());
		}
	}

	/** A project's hours: its own, or the default 08:30–18:00 Beijing time. */
	@Transactional(readOnly = true)
	public Hours hours(long projectId) {
		return Hours.of(calendars.hoursOf(projectId));
	}

	/**
	 * Sets a project's hours, as {@code PUT /projects/{id}/business-hours} does: they must close
	 * after they open (an error on "closes"), and the zone, when given, must be a known one ("zone").
	 */
	public Hours setHours(long projectId, LocalTime opens, LocalTime closes, String zone) {
		if (opens == null) {
			throw new InvalidInputException("opens", "must not be null");
		}
		if (closes == null) {
			throw new InvalidInputException("closes", "must not be null");
		}
		if (!opens.isBefore(closes)) {
			throw new InvalidInputException("closes", "must be after opens");
		}
		BusinessHours hours = new BusinessHours(opens, closes, zone(zone));
		calendars.setHours(projectId, hours);
		return Hours.of(hours);
	}

	private static ZoneId zone(String zone) {
		if (zone == null || zone.isBlank()) {
			return BusinessHours.DEFAULT.zone();
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("zone", "unknown time zone " + zone);
		}
	}

}
