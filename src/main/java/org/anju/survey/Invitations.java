package org.anju.survey;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.anju.notification.DirectMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites a sampled household's residents through the notification outbox with a link to the
 * answer page, and reminds, once, the households that have not answered after
 * {@code anju.survey.reminder-after}.
 */
@Component
class Invitations {

	private static final Logger log = LoggerFactory.getLogger(Invitations.class);

	private final DirectMessages messages;

	private final SampleRepository samples;

	private final RoundRepository rounds;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration reminderAfter;

	private final String baseUrl;

	Invitations(DirectMessages messages, SampleRepository samples, RoundRepository rounds,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${anju.survey.reminder-after:P7D}") Duration reminderAfter,
			@Value("${anju.survey.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.samples = samples;
		this.rounds = rounds;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.reminderAfter = reminderAfter;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Queues the invitation of one sampled household, in the caller's transaction. */
	void invite(Round round, Sample sample) {
		messages.toHousehold("survey:" + round.getId() + ":" + sample.getHouseholdId(), sample.getHouseholdId(),
				"QUARTERLY_SURVEY", values(round));
	}

	/** Reminds every household due for it, each in its own transaction; returns how many. */
	int remind() {
		int reminded = 0;
		for (Long id : samples.dueForReminder(clock.instant().minus(reminderAfter))) {
			reminded += Boolean.TRUE.equals(transaction.execute(status -> samples.findById(id)
				.filter(s -> !s.isAnswered() && s.getRemindedAt() == null)
				.map(this::remind)
				.orElse(false))) ? 1 : 0;
		}
		if (reminded > 0) {
			log.info("Reminded {} sampled households of the satisfaction survey", reminded);
		}
		return reminded;
	}

	private boolean remind(Sample sample) {
		Round round = rounds.findById(sample.getRoundId()).orElseThrow();
		messages.toHousehold("survey-reminder:" + round.getId() + ":" + sample.getHouseholdId(), sample.getHouseholdId(),
				"QUARTERLY_SURVEY_REMINDER", values(round));
		sample.reminded(clock.instant());
		samples.save(sample);
		return true;
	}

	private Map<String, String> values(Round round) {
		return Map.of("title", Quarter.parse(round.getQuarter()).chinese(), "link",
				baseUrl + "/owner/surveys/" + round.getId());
	}

}
