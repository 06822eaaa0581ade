package org.anju.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarFileTest {

	@Test
	void shippedCalendarHasTheOfficialHolidaysAndMakeUpDaysOfEachYear() {
		Map<String, Long> counts = CalendarFile.shipped().stream()
			.collect(Collectors.groupingBy(day -> day.date().getYear() + " " + day.kind(), Collectors.counting()));

		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
				"2024 HOLIDAY", 30L, "2024 WORKDAY", 8L,
				"2025 HOLIDAY", 28L, "2025 WORKDAY", 5L,
				"2026 HOLIDAY", 33L, "2026 WORKDAY", 6L));
	}

	@Test
	void shippedMakeUpDaysFallOnWeekends() {
		assertThat(CalendarFile.shipped()).filteredOn(day -> day.kind() == DayKind.WORKDAY)
			.extracting(day -> day.date().getDayOfWeek())
			.containsOnly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(CalendarFile.shipped()).contains(
				new CalendarDay(LocalDate.parse("2026-02-14"), DayKind.WORKDAY, "春节 Spring Festival"),
				new CalendarDay(LocalDate.parse("2025-10-08"), DayKind.HOLIDAY,
						"国庆节、中秋节 National Day and Mid-Autumn Festival"));
	}

	@Test
	void expandsRangesAndSkipsHeaderCommentsAndBlankLines() {
		String text = "\uFEFF# 2025\r\nfrom\tto\tkind\tname\r\n\r\n"
				+ "2025-05-31\t2025-06-02\tHOLIDAY\t端午节 Dragon Boat\r\n"
				+ "  # make-up\n 2025-04-27 \t2025-04-27\tWORKDAY\t劳动节 Labour Day \n";

		assertThat(CalendarFile.parse(text)).containsExactly(
				new CalendarDay(LocalDate.parse("2025-05-31"), DayKind.HOLIDAY, "端午节 Dragon Boat"),
				new CalendarDay(LocalDate.parse("2025-06-01"), DayKind.HOLIDAY, "端午节 Dragon Boat"),
				new CalendarDay(LocalDate.parse("2025-06-02"), DayKind.HOLIDAY, "端午节 Dragon Boat"),
				new CalendarDay(LocalDate.parse("2025-04-27"), DayKind.WORKDAY, "劳动节 Labour Day"));
	}

	@Test
	void readsBackWhatItWritesJoiningConsecutiveDaysIntoRanges() {
		List<CalendarDay> shipped = CalendarFile.shipped();

		String text = CalendarFile.format(shipped);

		assertThat(CalendarFile.parse(text)).containsExactlyElementsOf(shipped);
		assertThat(text)
			.contains("\n2025-10-01\t2025-10-08\tHOLIDAY\t国庆节、中秋节 National Day and Mid-Autumn Festival\n");
		assertThat(text.lines().filter(line -> !line.startsWith("#"))).hasSize(40);
	}

	@Test
	void writesRangesOfAtMost31Days() {
		List<CalendarDay> days = LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2025-02-10"))
			.map(date -> new CalendarDay(date, DayKind.HOLIDAY, "停业 Closed"))
			.toList();

		String text = CalendarFile.format(days);

		assertThat(text).contains("\n2025-01-01\t2025-01-31\tHOLIDAY\t停业 Closed\n"
				+ "2025-02-01\t2025-02-09\tHOLIDAY\t停业 Closed\n");
		assertThat(CalendarFile.parse(text)).containsExactlyElementsOf(days);
	}

	@Test
	void refusesAnInvalidDate() {
		assertRefused("from\tto\tkind\tname\n2025-02-30\t2025-02-30\tHOLIDAY\t春节", 2,
				"invalid date '2025-02-30' in column from");
		assertRefused("# dates\n\n2025-10-01\t2025-1001\tHOLIDAY\t国庆节", 3, "invalid date '2025-1001' in column to");
	}

	@Test
	void refusesToBeforeFrom() {
		assertRefused("2025-10-08\t2025-10-01\tHOLIDAY\t国庆节", 1, "to 2025-10-01 is before from 2025-10-08");
	}

	@Test
	void refusesAnUnknownKind() {
		assertRefused("from\tto\tkind\tname\n2025-10-01\t2025-10-01\tholiday\t国庆节", 2,
				"unknown kind 'holiday', expected HOLIDAY or WORKDAY");
	}

	@Test
	void refusesMissingColumns() {
		assertRefused("from\tto\tkind\tname\r\n\r\n2025-10-01\t2025-10-01\tHOLIDAY\r\n", 3,
				"expected 4 tab-separated columns from, to, kind, name but found 3");
		assertRefused("2025-10-01 2025-10-01 HOLIDAY 国庆节", 1, "found 1");
		assertRefused("2025-10-01\t2025-10-01\tHOLIDAY\t ", 1, "the name is empty");
	}

	@Test
	void refusesARangeLongerThan31Days() {
		assertThat(CalendarFile.parse("2025-01-01\t2025-01-31\tHOLIDAY\t停业 Closed")).hasSize(31);
		assertRefused("# long\n2025-01-01\t2025-02-01\tHOLIDAY\t停业 Closed", 2,
				"the range 2025-01-01 to 2025-02-01 has 32 days, at most 31 are allowed");
	}

	@Test
	void refusesOverlappingDefinitionsAtTheLaterLine() {
		assertRefused("from\tto\tkind\tname\n2025-10-01\t2025-10-08\tHOLIDAY\t国庆节\n# again\n"
				+ "2025-10-08\t2025-10-08\tWORKDAY\t国庆节", 4, "2025-10-08 is already defined on line 2");
		assertRefused("2025-10-01\t2025-10-01\tHOLIDAY\t国庆节\n2025-10-01\t2025-10-01\tHOLIDAY\t国庆节", 2,
				"2025-10-01 is already defined on line 1");
	}

	private static void assertRefused(String text, int line, String message) {
		CalendarFileException refusal = catchThrowableOfType(CalendarFileException.class, () -> CalendarFile.parse(text));

		assertThat(refusal).as("refusal of %s", text).isNotNull();
		assertThat(refusal.line()).isEqualTo(line);
		assertThat(refusal).hasMessageStartingWith("Line " + line + ": ").hasMessageContaining(message);
	}

}
