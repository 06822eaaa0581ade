package org.anju.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar in its file form: tab-separated {@code from, to, kind, name} with a header row,
 * {@code #} comments and blank lines; {@code from} and {@code to} are an inclusive range of at most
 * {@value #MAX_RANGE} days. The default ships as {@code sla/calendar.tsv}.
 */
public final class CalendarFile {

	static final String HEADER = "from\tto\tkind\tname";

	static final int MAX_RANGE = 31;

	private CalendarFile() {
	}

	/** The calendar that ships with Anju. */
	public static List<CalendarDay> shipped() {
		try (InputStream in = CalendarFile.class.getResourceAsStream("/sla/calendar.tsv")) {
			if (in == null) {
				throw new IllegalStateException("The shipped calendar sla/calendar.tsv is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped calendar", ex);
		}
	}

	/** The single days defined in {@code text}, ranges expanded, in file order. */
	public static List<CalendarDay> parse(String text) {
		List<CalendarDay> days = new ArrayList<>();
		Map<LocalDate, Integer> definedOn = new HashMap<>();
		List<String> lines = text.replaceFirst("^\uFEFF", "").lines().toList();
		boolean headerSeen = false;
		for (int i = 0; i < lines.size(); i++) {
			int number = i + 1;
			String line = lines.get(i);
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			if (!headerSeen) {
				headerSeen = true;
				if (line.startsWith("from\t")) {
					continue;
				}
			}
			for (CalendarDay day : definition(number, line)) {
				Integer earlier = definedOn.putIfAbsent(day.date(), number);
				if (earlier != null) {
					throw new CalendarFileException(number,
							day.date() + " is already defined on line " + earlier);
				}
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * The days in file form, consecutive days of the same kind and name joined into one range,
	 * so that {@link #parse} reads them back.
	 */
	public static String format(List<CalendarDay> days) {
		StringBuilder out = new StringBuilder("# Anju working-day calendar: HOLIDAY is a day off, WORKDAY a weekend day"
				+ " that is a working day.\n" + HEADER + "\n");
		List<CalendarDay> sorted = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
		int i = 0;
		while (i < sorted.size()) {
			CalendarDay first = sorted.get(i);
			CalendarDay last = first;
			for (i++; i < sorted.size() && continues(first, last, sorted.get(i)); i++) {
				last = sorted.get(i);
			}
			out.append(first.date()).append('\t').append(last.date()).append('\t').append(first.kind()).append('\t')
				.append(first.name()).append('\n');
		}
		return out.toString();
	}

	private static boolean continues(CalendarDay first, CalendarDay last, CalendarDay next) {
		return next.date().equals(last.date().plusDays(1)) && next.kind() == first.kind()
				&& next.name().equals(first.name()) && ChronoUnit.DAYS.between(first.date(), next.date()) < MAX_RANGE;
	}

	private static List<CalendarDay> definition(int number, String line) {
		String[] f = line.split("\t", -1);
		if (f.length != 4) {
			throw new CalendarFileException(number,
					"expected 4 tab-separated columns from, to, kind, name but found " + f.length);
		}
		LocalDate from = date(number, "from", f[0]);
		LocalDate to = date(number, "to", f[1]);
		if (to.isBefore(from)) {
			throw new CalendarFileException(number, "to " + to + " is before from " + from);
		}
		long length = ChronoUnit.DAYS.between(from, to) + 1;
		if (length > MAX_RANGE) {
			throw new CalendarFileException(number,
					"the range " + from + " to " + to + " has " + length + " days, at most " + MAX_RANGE + " are allowed");
		}
		DayKind kind = kind(number, f[2].strip());
		String name = f[3].strip();
		if (name.isEmpty()) {
			throw new CalendarFileException(number, "the name is empty");
		}
		return from.datesUntil(to.plusDays(1)).map(date -> new CalendarDay(date, kind, name)).toList();
	}

	private static LocalDate date(int number, String column, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new CalendarFileException(number,
					"invalid date '" + text.strip() + "' in column " + column + ", expected yyyy-mm-dd");
		}
	}

	private static DayKind kind(int number, String text) {
		try {
			return DayKind.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CalendarFileException(number, "unknown kind '" + text + "', expected HOLIDAY or WORKDAY");
		}
	}

}
