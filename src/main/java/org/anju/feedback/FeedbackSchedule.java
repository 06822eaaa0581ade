package org.anju.feedback;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the rating reminders and closes unanswered resolutions, hourly, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.feedback.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class FeedbackSchedule {

	private final FeedbackRequests requests;

	private final Clock clock;

	FeedbackSchedule(FeedbackRequests requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${anju.feedback.interval:PT1H}", initialDelayString = "${anju.feedback.interval:PT1H}")
	@SchedulerLock(name = "feedback-follow-up", lockAtMostFor = "PT10M")
	void run() {
		requests.remind(clock.instant());
		requests.closeUnanswered(clock.instant());
	}

}
