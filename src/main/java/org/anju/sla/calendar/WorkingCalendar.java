package org.anju.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Working days and business hours: Monday to Friday unless a holiday, Saturday and Sunday only
 * when a make-up working day, and on a working day the time from opening to closing (closing
 * itself is no longer working time). Immutable and thread-safe. The arithmetic steps a day at a
 * time and gives up with an {@link IllegalStateException} when no working day follows within
 * {@value #SEARCH_DAYS} days.
 */
public final class WorkingCalendar {

	static final int SEARCH_DAYS = 366;

	private final Map<LocalDate, DayKind> days;

	private final BusinessHours hours;

	/**
	 * @throws IllegalArgumentException if a date is given twice with different kinds
	 */
	public WorkingCalendar(Collection<CalendarDay> days, BusinessHours hours) {
		Map<LocalDate, DayKind> kinds = new HashMap<>();
		for (CalendarDay day : days) {
			DayKind earlier = kinds.putIfAbsent(day.date(), day.kind());
			if (earlier != null && earlier != day.kind()) {
				throw new IllegalArgumentException(day.date() + " is both " + earlier + " and " + day.kind());
			}
		}
		this.days = Map.copyOf(kinds);
		this.hours = Objects.requireNonNull(hours, "hours");
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = days.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	public boolean isWorkingTime(Instant instant) {
		LocalDate date = localDate(instant);
		return isWorkingDay(date) && !instant.isBefore(opening(date)) && instant.isBefore(closing(date));
	}

	/**
	 * The instant when {@code duration} of working time has passed after {@code start}. A start
	 * outside working time counts from the next opening; a zero duration moves the start there.
	 */
	public Instant plusWorkingTime(Instant start, Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("Negative working time: " + duration);
		}
		Duration remaining = duration;
		for (LocalDate date = workingDayFrom(localDate(start));; date = workingDayFrom(date.plusDays(1))) {
			Instant from = latest(start, opening(date));
			Instant closing = closing(date);
			if (from.isBefore(closing)) {
				Duration available = Duration.between(from, closing);
				if (remaining.compareTo(available) <= 0) {
					return from.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
	}

	/**
	 * The instant {@code days} working days after {@code start}: one working day lasts until the
	 * same time of day on the next working day. A start before opening on a working day counts
	 * from that opening; a start at or after closing, or on a day off, from the next working day's
	 * opening. Zero days moves the start there.
	 */
	public Instant plusWorkingDays(Instant start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Negative working days: " + days);
		}
		ZonedDateTime local = start.atZone(hours.zone());
		LocalDate date = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		if (!isWorkingDay(date) || !start.isBefore(closing(date))) {
			date = workingDayFrom(date.plusDays(1));
			time = hours.opens();
		}
		else if (start.isBefore(opening(date))) {
			time = hours.opens();
		}
		for (int i = 0; i < days; i++) {
			date = workingDayFrom(date.plusDays(1));
		}
		return date.atTime(time).atZone(hours.zone()).toInstant();
	}

	/** The working time between two instants; zero unless {@code to} is after {@code from}. */
	public Duration workingTimeBetween(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		if (!from.isBefore(to)) {
			return total;
		}
		LocalDate last = localDate(to);
		for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				Instant start = latest(from, opening(date));
				Instant end = earliest(to, closing(date));
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	private LocalDate workingDayFrom(LocalDate date) {
		for (int i = 0; i < SEARCH_DAYS; i++) {
			LocalDate candidate = date.plusDays(i);
			if (isWorkingDay(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No working day within " + SEARCH_DAYS + " days from " + date);
	}

	private LocalDate localDate(Instant instant) {
		return LocalDate.ofInstant(instant, hours.zone());
	}

	private Instant opening(LocalDate date) {
		return date.atTime(hours.opens()).atZone(hours.zone()).toInstant();
	}

	private Instant closing(LocalDate date) {
		return date.atTime(hours.closes()).atZone(hours.zone()).toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
