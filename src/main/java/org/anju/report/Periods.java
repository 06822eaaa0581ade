package org.anju.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.platform.web.InvalidInputException;

/** Reads the periods of the API ({@code 2026-11}, {@code 2026-W47}) as instants in the clock's time zone. */
final class Periods {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private Periods() {
	}

	/** A month; 400 (field {@code month}) when it is not {@code yyyy-MM}. */
	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text == null ? "" : text.strip(), DateTimeFormatter.ofPattern("uuuu-MM"));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "is not a month like 2026-11");
		}
	}

	/** The Monday an ISO week ({@code 2026-W47}) starts on; 400 (field {@code week}) when it is no such week. */
	static LocalDate week(String text) {
		Matcher m = WEEK.matcher(text == null ? "" : text.strip());
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			int week = Integer.parseInt(m.group(2));
			LocalDate mid = LocalDate.of(year, 6, 1);
			if (week >= 1 && week <= mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
				return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			}
		}
		throw new InvalidInputException("week", "is not an ISO week like 2026-W47");
	}

	/** The week's name, {@code 2026-W47}. */
	static String weekName(LocalDate monday) {
		return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	static Instant start(YearMonth month, ZoneId zone) {
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}

	static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

}
