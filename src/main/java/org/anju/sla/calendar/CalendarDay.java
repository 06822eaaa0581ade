package org.anju.sla.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One date of the calendar that is not an ordinary weekday or weekend day, with what it is. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		if (name == null || name.isBlank() || name.contains("\t") || name.lines().count() > 1) {
			throw new IllegalArgumentException("A calendar day needs a name on one line without tabs");
		}
	}

}
