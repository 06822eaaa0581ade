package org.anju.report;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for finished weeks and months to report on, hourly, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.report.schedule.enabled", havingValue = "true", matchIfMissing = true)
class ReportSchedule {

	private final ReportMailing mailing;

	private final Clock clock;

	ReportSchedule(ReportMailing mailing, Clock clock) {
		this.mailing = mailing;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${anju.report.schedule.interval:PT1H}", initialDelayString = "PT2M")
	@SchedulerLock(name = "report-schedule", lockAtMostFor = "PT30M")
	void run() {
		mailing.sendDue(clock.instant());
	}

}
