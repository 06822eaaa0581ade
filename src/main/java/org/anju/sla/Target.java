package org.anju.sla;

import java.time.Duration;
import java.time.Instant;

import org.anju.sla.calendar.WorkingCalendar;

/** A deadline of a policy, e.g. 48 HOURS or 5 WORKING_DAYS. */
record Target(int amount, TargetUnit unit) {

	Target {
		if (amount <= 0) {
			throw new IllegalArgumentException("A deadline must be positive, not " + amount);
		}
	}

	/** When the deadline falls for a clock started at {@code start}. */
	Instant dueFrom(Instant start, WorkingCalendar calendar) {
		return switch (unit) {
			case MINUTES -> start.plus(Duration.ofMinutes(amount));
			case HOURS -> start.plus(Duration.ofHours(amount));
			case DAYS -> start.plus(Duration.ofDays(amount));
			case WORKING_HOURS -> calendar.plusWorkingTime(start, Duration.ofHours(amount));
			case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
		};
	}

	/** The time left from {@code at} to {@code due}, counted the way this target counts. */
	Duration remaining(Instant at, Instant due, WorkingCalendar calendar) {
		if (!due.isAfter(at)) {
			return Duration.ZERO;
		}
		return unit.working() ? calendar.workingTimeBetween(at, due) : Duration.between(at, due);
	}

	/** The deadline again after a pause, with {@code remaining} time left from {@code at}. */
	Instant resume(Instant at, Duration remaining, WorkingCalendar calendar) {
		return unit.working() ? calendar.plusWorkingTime(at, remaining) : at.plus(remaining);
	}

	/** The moment a {@code share} (e.g. 0.75) of the time from {@code start} to {@code due} is used. */
	Instant share(Instant start, Instant due, double share, WorkingCalendar calendar) {
		Duration whole = remaining(start, due, calendar);
		Duration part = Duration.ofSeconds((long) (whole.toSeconds() * share));
		return unit.working() ? calendar.plusWorkingTime(start, part) : start.plus(part);
	}

}
