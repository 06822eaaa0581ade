package org.anju.agenda;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the appointment reminders due, every minute, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.agenda.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class AgendaSchedule {

	private final Reminders reminders;

	private final Clock clock;

	AgendaSchedule(Reminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${anju.agenda.interval:PT1M}", initialDelayString = "${anju.agenda.interval:PT1M}")
	@SchedulerLock(name = "agenda-reminders", lockAtMostFor = "PT5M")
	void run() {
		reminders.sendDue(clock.instant());
	}

}
