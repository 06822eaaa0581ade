package org.anju.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due mass notices and delivers due messages every {@code anju.notification.interval}, on one
 * node at a time. The lock's {@code lockAtMostFor} is also the age after which the postman takes a
 * message's claim for one made by a dead run.
 */
@Component
@ConditionalOnProperty(name = "anju.notification.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledDelivery {

	private final Notices notices;

	private final Postman postman;

	ScheduledDelivery(Notices notices, Postman postman) {
		this.notices = notices;
		this.postman = postman;
	}

	@Scheduled(fixedDelayString = "${anju.notification.interval:PT5S}", initialDelayString = "${anju.notification.interval:PT5S}")
	@SchedulerLock(name = "notification-delivery", lockAtMostFor = "${anju.notification.lock-at-most-for:PT5M}")
	void deliver() {
		notices.sendDue();
		postman.deliver();
	}

}
