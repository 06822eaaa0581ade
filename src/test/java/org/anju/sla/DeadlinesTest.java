package org.anju.sla;

import java.time.Duration;
import java.time.Instant;

import org.anju.sla.calendar.BusinessHours;
import org.anju.sla.calendar.CalendarFile;
import org.anju.sla.calendar.WorkingCalendar;
import org.anju.triage.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An outside order's deadline (12345) against ours: the resolution clock takes the stricter one. */
class DeadlinesTest {

	static final WorkingCalendar CALENDAR = new WorkingCalendar(CalendarFile.shipped(), BusinessHours.DEFAULT);

	static final Instant RECEIVED = Instant.parse("2026-04-07T01:00:00Z");

	/** 48 hours to resolve, as the shipped NORMAL policy. */
	static final Deadlines.Targets TARGETS = new Deadlines.Targets(new Target(1, TargetUnit.HOURS),
			new Target(48, TargetUnit.HOURS), new Target(1, TargetUnit.DAYS), new Target(3, TargetUnit.DAYS));

	static Deadlines clock(Instant externalDue) {
		Deadlines clock = new Deadlines(1, 1, RECEIVED, Urgency.NORMAL, externalDue);
		clock.classify("LIGHTING", Urgency.NORMAL, TARGETS, CALENDAR, 0.75, RECEIVED);
		return clock;
	}

	static Instant after(int hours) {
		return RECEIVED.plus(Duration.ofHours(hours));
	}

	@Test
	void theCitysEarlierDeadlineIsTheResolutionDeadlineAndTheWarningComesBeforeIt() {
		Deadlines clock = clock(after(8));

		assertThat(clock.getResolutionDue()).isEqualTo(after(8));
		assertThat(clock.getResolutionWarnAt()).isEqualTo(after(6));
	}

	@Test
	void aLaterCityDeadlineLeavesOurs() {
		assertThat(clock(after(72)).getResolutionDue()).isEqualTo(after(48));
		assertThat(clock(null).getResolutionDue()).isEqualTo(after(48));
	}

	@Test
	void theCityDoesNotWaitForOurHold() {
		Deadlines city = clock(after(8));
		Deadlines ours = clock(null);
		for (Deadlines clock : new Deadlines[] { city, ours }) {
			clock.hold(after(1), TARGETS.resolution(), CALENDAR);
			clock.resume(after(5), TARGETS.resolution(), CALENDAR, 0.75);
		}

		assertThat(city.getResolutionDue()).isEqualTo(after(8));
		assertThat(ours.getResolutionDue()).isEqualTo(after(52));
	}

	@Test
	void aStricterOrderJoiningLaterMovesTheDeadline() {
		Deadlines clock = clock(null);

		clock.refer(after(10), TARGETS, CALENDAR, 0.75, after(2));

		assertThat(clock.getResolutionDue()).isEqualTo(after(10));
	}

	@Test
	void aClockReopenedAfterTheCitysDeadlineKeepsItsOwn() {
		Deadlines clock = clock(after(8));
		clock.resolved(after(7), TARGETS.callback(), CALENDAR);

		clock.reopened(after(30), TARGETS, CALENDAR, 0.75);

		assertThat(clock.getResolutionDue()).isEqualTo(after(78));
	}

}
