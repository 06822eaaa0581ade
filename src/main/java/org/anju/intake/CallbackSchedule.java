package org.anju.intake;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds agents of the callbacks that fell due, every minute, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.intake.callbacks.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class CallbackSchedule {

	private final Calls calls;

	private final Clock clock;

	CallbackSchedule(Calls calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${anju.intake.callbacks.interval:PT1M}",
			initialDelayString = "${anju.intake.callbacks.interval:PT1M}")
	@SchedulerLock(name = "intake-callback-reminders", lockAtMostFor = "PT5M")
	void run() {
		calls.remindCallbacks(clock.instant());
	}

}
