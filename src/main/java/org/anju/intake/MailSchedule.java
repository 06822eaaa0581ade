package org.anju.intake;

import jakarta.mail.MessagingException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the complaint mailbox every {@code anju.intake.mail.poll-interval}, on one node at a time. */
@Component
@ConditionalOnProperty(name = "anju.intake.mail.enabled", havingValue = "true")
@ConditionalOnProperty(name = "anju.intake.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class MailSchedule {

	private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

	private final MailPoller poller;

	MailSchedule(MailPoller poller) {
		this.poller = poller;
	}

	@Scheduled(fixedDelayString = "${anju.intake.mail.poll-interval:PT1M}", initialDelayString = "PT10S")
	// if a node dies mid-poll, another polls within three minutes; a mail read twice is a replay (Message-ID)
	@SchedulerLock(name = "intake-mail-poll", lockAtMostFor = "PT3M")
	void poll() {
		try {
			poller.poll();
		}
		catch (MessagingException ex) {
			log.warn("Mailbox not reachable, trying again at the next poll: {}", ex.toString());
		}
	}

}
