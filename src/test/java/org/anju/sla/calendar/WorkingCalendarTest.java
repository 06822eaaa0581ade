package org.anju.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expected instants are worked out by hand from the shipped calendar and 08:30–18:00 Beijing time. */
class WorkingCalendarTest {

	static final WorkingCalendar CALENDAR = new WorkingCalendar(CalendarFile.shipped(), BusinessHours.DEFAULT);

	@Test
	void fridayAfternoonBeforeSpringFestival2026ContinuesOnTheMakeUpSaturday() {
		Instant received = at("2026-02-13T17:00");

		assertThat(CALENDAR.plusWorkingTime(received, hours(2))).isEqualTo(at("2026-02-14T09:30"));
		assertThat(CALENDAR.plusWorkingTime(received, Duration.ofMinutes(630))).isEqualTo(at("2026-02-14T18:00"));
		assertThat(CALENDAR.plusWorkingTime(received, hours(11))).isEqualTo(at("2026-02-24T09:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 1)).isEqualTo(at("2026-02-14T17:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 2)).isEqualTo(at("2026-02-24T17:00"));
	}

	@Test
	void fridayAfternoonBeforeDragonBoat2025ContinuesAfterTheHoliday() {
		Instant received = at("2025-05-30T17:00");

		assertThat(CALENDAR.plusWorkingTime(received, hours(2))).isEqualTo(at("2025-06-03T09:30"));
		assertThat(CALENDAR.plusWorkingDays(received, 1)).isEqualTo(at("2025-06-03T17:00"));
	}

	@Test
	void wednesdayBeforeNationalDay2026ContinuesAfterTheHolidayAndOnTheMakeUpSaturday() {
		Instant received = at("2026-09-30T17:00");

		assertThat(CALENDAR.plusWorkingDays(received, 1)).isEqualTo(at("2026-10-08T17:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 3)).isEqualTo(at("2026-10-10T17:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 4)).isEqualTo(at("2026-10-12T17:00"));
	}

	@Test
	void makeUpWeekendDaysAreWorkingDaysAndOtherWeekendDaysAreNot() {
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-10-11"))).as("make-up Saturday").isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-14"))).as("make-up Saturday").isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-09-28"))).as("make-up Sunday").isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-10-12"))).as("Sunday").isFalse();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-10-18"))).as("Saturday").isFalse();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-15"))).as("Sunday in Spring Festival").isFalse();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-10-08"))).as("Wednesday in National Day").isFalse();
		assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-10-09"))).as("Thursday").isTrue();
		assertThat(CALENDAR.isWorkingTime(at("2025-10-11T10:00"))).isTrue();
		assertThat(CALENDAR.isWorkingTime(at("2025-10-12T10:00"))).isFalse();
	}

	@Test
	void workingTimeRunsFromOpeningUntilJustBeforeClosingWithoutALunchBreak() {
		assertThat(CALENDAR.isWorkingTime(at("2025-10-14T08:29:59"))).isFalse();
		assertThat(CALENDAR.isWorkingTime(at("2025-10-14T08:30"))).isTrue();
		assertThat(CALENDAR.isWorkingTime(at("2025-10-14T12:30"))).isTrue();
		assertThat(CALENDAR.isWorkingTime(at("2025-10-14T17:59:59"))).isTrue();
		assertThat(CALENDAR.isWorkingTime(at("2025-10-14T18:00"))).isFalse();
	}

	@Test
	void businessHoursAreBeijingTime() {
		assertThat(CALENDAR.isWorkingTime(Instant.parse("2025-10-14T00:29:59Z"))).isFalse();
		assertThat(CALENDAR.isWorkingTime(Instant.parse("2025-10-14T00:30:00Z"))).isTrue();
		assertThat(CALENDAR.isWorkingTime(Instant.parse("2025-10-14T09:59:59Z"))).isTrue();
		assertThat(CALENDAR.isWorkingTime(Instant.parse("2025-10-14T10:00:00Z"))).isFalse();
	}

	@Test
	void workingTimeCountsFromTheNextOpeningWhenReceivedOutsideBusinessHours() {
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-14T07:00"), hours(1))).isEqualTo(at("2025-10-14T09:30"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-14T19:00"), hours(1))).isEqualTo(at("2025-10-15T09:30"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-17T18:30"), hours(1))).isEqualTo(at("2025-10-20T09:30"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-14T12:15"), hours(1))).isEqualTo(at("2025-10-14T13:15"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-14T10:00"), hours(8))).isEqualTo(at("2025-10-14T18:00"));
	}

	@Test
	void zeroWorkingTimeMovesTheStartToWorkingTime() {
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-14T07:00"), Duration.ZERO)).isEqualTo(at("2025-10-14T08:30"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-14T12:15"), Duration.ZERO)).isEqualTo(at("2025-10-14T12:15"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-17T18:00"), Duration.ZERO)).isEqualTo(at("2025-10-20T08:30"));
		assertThat(CALENDAR.plusWorkingTime(at("2025-10-18T10:00"), Duration.ZERO)).isEqualTo(at("2025-10-20T08:30"));
	}

	@Test
	void workingTimeSpansSeveralDaysAndHolidays() {
		// 30 September 3 h, 9 and 10 October 9.5 h each, the make-up Saturday 11 October the last 8 h
		assertThat(CALENDAR.plusWorkingTime(at("2025-09-30T15:00"), hours(30))).isEqualTo(at("2025-10-11T16:30"));
		// then Sunday off and 8.5 h on Monday
		assertThat(CALENDAR.plusWorkingTime(at("2025-09-30T15:00"), hours(40))).isEqualTo(at("2025-10-13T17:00"));
		// Friday 2 h, Saturday off, make-up Sunday 9.5 h, Monday before Spring Festival 0.5 h
		assertThat(CALENDAR.plusWorkingTime(at("2025-01-24T16:00"), hours(12))).isEqualTo(at("2025-01-27T09:00"));
	}

	@Test
	void workingDaysSkipTheEightDaysOfNationalDay2025AndCountTheMakeUpSaturday() {
		Instant received = at("2025-09-30T10:00");

		assertThat(CALENDAR.plusWorkingDays(received, 0)).isEqualTo(received);
		assertThat(CALENDAR.plusWorkingDays(received, 1)).isEqualTo(at("2025-10-09T10:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 2)).isEqualTo(at("2025-10-10T10:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 3)).isEqualTo(at("2025-10-11T10:00"));
		assertThat(CALENDAR.plusWorkingDays(received, 4)).isEqualTo(at("2025-10-13T10:00"));
		assertThat(CALENDAR.plusWorkingDays(at("2025-09-28T09:00"), 3)).isEqualTo(at("2025-10-09T09:00"));
	}

	@Test
	void workingDaysCountFromTheOpeningWhenReceivedOutsideBusinessHours() {
		assertThat(CALENDAR.plusWorkingDays(at("2025-09-30T07:00"), 1)).isEqualTo(at("2025-10-09T08:30"));
		assertThat(CALENDAR.plusWorkingDays(at("2025-09-30T18:00"), 1)).isEqualTo(at("2025-10-10T08:30"));
		assertThat(CALENDAR.plusWorkingDays(at("2025-09-30T19:00"), 1)).isEqualTo(at("2025-10-10T08:30"));
		assertThat(CALENDAR.plusWorkingDays(at("2025-10-03T10:00"), 0)).isEqualTo(at("2025-10-09T08:30"));
		assertThat(CALENDAR.plusWorkingDays(at("2025-10-03T10:00"), 1)).isEqualTo(at("2025-10-10T08:30"));
	}

	@Test
	void workingTimeBetweenCountsOnlyBusinessHoursOfWorkingDays() {
		assertThat(CALENDAR.workingTimeBetween(at("2025-09-30T15:00"), at("2025-10-11T16:30"))).isEqualTo(hours(30));
		assertThat(CALENDAR.workingTimeBetween(at("2025-10-11T16:30"), at("2025-09-30T15:00"))).isZero();
		assertThat(CALENDAR.workingTimeBetween(at("2025-10-14T11:00"), at("2025-10-14T11:00"))).isZero();
		assertThat(CALENDAR.workingTimeBetween(at("2025-10-17T16:00"), at("2025-10-20T10:00")))
			.isEqualTo(Duration.ofMinutes(210));
		assertThat(CALENDAR.workingTimeBetween(at("2025-10-14T11:00"), at("2025-10-14T14:00"))).isEqualTo(hours(3));
		assertThat(CALENDAR.workingTimeBetween(at("2025-10-14T19:00"), at("2025-10-15T08:00"))).isZero();
		assertThat(CALENDAR.workingTimeBetween(at("2025-10-13T00:00"), at("2025-10-20T00:00")))
			.isEqualTo(Duration.ofMinutes(5 * 570));
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatThrownBy(() -> CALENDAR.plusWorkingTime(at("2025-10-14T10:00"), hours(-1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CALENDAR.plusWorkingDays(at("2025-10-14T10:00"), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givesUpWhenNoWorkingDayFollowsWithinAYear() {
		List<CalendarDay> closed = LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2027-01-01"))
			.map(date -> new CalendarDay(date, DayKind.HOLIDAY, "停业 Closed"))
			.toList();
		WorkingCalendar calendar = new WorkingCalendar(closed, BusinessHours.DEFAULT);

		assertThatThrownBy(() -> calendar.plusWorkingTime(at("2025-03-03T10:00"), hours(1)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> calendar.plusWorkingDays(at("2025-03-03T10:00"), 1))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesADateThatIsBothHolidayAndWorkday() {
		LocalDate date = LocalDate.parse("2025-10-11");
		CalendarDay holiday = new CalendarDay(date, DayKind.HOLIDAY, "国庆节 National Day");
		CalendarDay workday = new CalendarDay(date, DayKind.WORKDAY, "国庆节 National Day");

		assertThat(new WorkingCalendar(List.of(workday, workday), BusinessHours.DEFAULT).isWorkingDay(date)).isTrue();
		assertThatThrownBy(() -> new WorkingCalendar(List.of(holiday, workday), BusinessHours.DEFAULT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2025-10-11");
	}

	@Test
	void businessHoursMustOpenBeforeTheyClose() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");

		assertThatThrownBy(() -> new BusinessHours(LocalTime.of(18, 0), LocalTime.of(8, 30), zone))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BusinessHours(LocalTime.NOON, LocalTime.NOON, zone))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Instant at(String beijingTime) {
		return LocalDateTime.parse(beijingTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	private static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

}
