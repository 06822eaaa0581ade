package org.anju.survey;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the survey reminders every {@code anju.survey.reminder-interval}, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.survey.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledReminders {

	private final Invitations invitations;

	ScheduledReminders(Invitations invitations) {
		this.invitations = invitations;
	}

	@Scheduled(fixedDelayString = "${anju.survey.reminder-interval:PT1H}", initialDelayString = "${anju.survey.reminder-interval:PT1H}")
	@SchedulerLock(name = "survey-reminders", lockAtMostFor = "PT10M")
	void remind() {
		invitations.remind();
	}

}
