package org.anju.vehicle;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the parking-lease reminders on the first of each month at 09:00, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.vehicle.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class LeaseSchedule {

	private final LeaseReminders reminders;

	private final Clock clock;

	LeaseSchedule(LeaseReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(cron = "${anju.vehicle.reminder-cron:0 0 9 1 * *}", zone = "${anju.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "parking-lease-reminders", lockAtMostFor = "PT30M")
	void run() {
		reminders.remind(clock.instant());
	}

}
