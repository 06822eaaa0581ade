package org.anju.intake;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Handles what integrations sent for handling later, every half second, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.intake.deferred.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class DeferredSchedule {

	private final DeferredIntake intake;

	DeferredSchedule(DeferredIntake intake) {
		this.intake = intake;
	}

	@Scheduled(fixedDelayString = "${anju.intake.deferred.poll-interval:PT0.5S}", initialDelayString = "PT5S")
	// a node that dies mid-batch leaves its message unhandled (its transaction rolled back): another
	// node takes over within five minutes
	@SchedulerLock(name = "intake-deferred", lockAtMostFor = "PT5M")
	void handleWaiting() {
		while (intake.handleWaiting(200) == 200) {
			// until none wait
		}
	}

}
