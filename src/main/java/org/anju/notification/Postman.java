package org.anju.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.complaint.Complaints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued messages: each in its own transaction, which rechecks that the message is
 * still due, sends it, and records the outcome on the message and the complaint's timeline. A
 * failed attempt is retried after 1, 2, 4 … minutes; after the last try the message fails with
 * the provider's reason and the next channel of the recipient is queued. One failing provider
 * never holds up the other messages.
 */
@Component
class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private final MessageRepository messages;

	private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);

	private final Complaints complaints;

	private final CallTasks calls;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration firstPause;

	Postman(MessageRepository messages, List<Channel> channels, Complaints complaints, CallTasks calls,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${anju.notification.max-attempts:4}") int maxAttempts,
			@Value("${anju.notification.first-retry-after:PT1M}") Duration firstPause) {
		this.messages = messages;
		channels.forEach(c -> this.channels.put(c.kind(), c));
		this.complaints = complaints;
		this.calls = calls;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.firstPause = firstPause;
	}

	/** Delivers every message that is due; returns how many attempts were made. */
	int deliver() {
		Instant now = clock.instant();
		int attempts = 0;
		for (Long id : messages.due(now, PageRequest.of(0, 500))) {
			try {
				attempts += Boolean.TRUE.equals(transaction.execute(status -> messages.findById(id)
					.filter(m -> m.isDue(now))
					.map(m -> attempt(m, now))
					.orElse(false))) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException anotherPostmanWasFaster) {
				log.debug("Message {} was handled elsewhere", id);
			}
			catch (RuntimeException crash) {
				// the attempt rolled back: the message stays due and goes again, with the same idempotency key
				log.warn("Delivering message {} failed; it will be tried again", id, crash);
			}
		}
		return attempts;
	}

	private boolean attempt(Message message, Instant now) {
		Channel channel = channels.get(message.getChannel());
		try {
			if (channel == null) {
				throw new DeliveryException("channel " + message.getChannel() + " is not available");
			}
			channel.send(message);
			message.sent(now);
			timeline(message, "已通过" + name(message.getChannel()) + "通知" + message.getRecipientName() + "：" + message.getSubject());
		}
		catch (DeliveryException ex) {
			boolean finalFailure = message.failed(ex.getMessage(), now, maxAttempts, firstPause);
			if (finalFailure) {
				timeline(message, name(message.getChannel()) + "通知" + message.getRecipientName() + "失败：" + ex.getMessage());
				fallBack(message);
			}
		}
		messages.saveAndFlush(message);
		return true;
	}

	/** Queues the same message on the recipient's next channel; after the last, a call task. */
	void fallBack(Message failed) {
		Map<ChannelKind, String> rest = new LinkedHashMap<>();
		if (failed.getFallbacks() != null) {
			for (String line : failed.getFallbacks().split("\n")) {
				String[] kv = line.split("=", 2);
				rest.put(ChannelKind.valueOf(kv[0]), kv[1]);
			}
		}
		Recipient recipient = new Recipient(failed.getRecipientType(), failed.getRecipientId(), failed.getRecipientName(),
				failed.getHouseholdId(), rest);
		if (failed.getChannel() != ChannelKind.INBOX && rest.keySet().stream().allMatch(ChannelKind.INBOX::equals)) {
			calls.open(failed.getIdempotencyKey(), failed.getComplaintId(), failed.getNoticeId(), recipient,
					CallTask.Reason.ALL_FAILED, failed.getSubject(), failed.getBody());
		}
		if (rest.isEmpty()) {
			return;
		}
		List<Map.Entry<ChannelKind, String>> routes = List.copyOf(rest.entrySet());
		String others = routes.stream().skip(1).map(e -> e.getKey() + "=" + e.getValue())
			.reduce((a, b) -> a + "\n" + b).orElse(null);
		String key = failed.getIdempotencyKey() + ">" + routes.get(0).getKey();
		if (!messages.existsByIdempotencyKey(key)) {
			Message next = new Message(key, failed.getComplaintId(), recipient, routes.get(0).getKey(),
					routes.get(0).getValue(), failed.getSubject(), failed.getBody(), failed.isUrgent(), clock.instant(),
					clock.instant(), others);
			messages.save(failed.getNoticeId() == null ? next : next.forNotice(failed.getNoticeId()));
		}
	}

	void timeline(Message message, String text) {
		if (message.getComplaintId() != null) {
			complaints.recordDelivery(message.getComplaintId(), text);
		}
	}

	private static String name(ChannelKind kind) {
		return switch (kind) {
			case SMS -> "短信";
			case EMAIL -> "邮件";
			case WECHAT -> "微信";
			case MINIAPP -> "小程序";
			case INBOX -> "站内信";
		};
	}

}
