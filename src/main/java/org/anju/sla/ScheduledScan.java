package org.anju.sla;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline scan every {@code anju.sla.scan-interval}, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.sla.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledScan {

	private final DeadlineScanner scanner;

	ScheduledScan(DeadlineScanner scanner) {
		this.scanner = scanner;
	}

	@Scheduled(fixedDelayString = "${anju.sla.scan-interval:PT30S}", initialDelayString = "${anju.sla.scan-interval:PT30S}")
	// a scan takes seconds; if a node dies mid-scan, another takes over within a minute (each deadline
	// fires in its own versioned transaction, so an overlap cannot fire one twice)
	@SchedulerLock(name = "sla-deadline-scan", lockAtMostFor = "PT1M")
	void scan() {
		scanner.scan();
	}

}
