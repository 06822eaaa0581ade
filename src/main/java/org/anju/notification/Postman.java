package org.anju.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
 * Delivers queued messages, one at a time and claim-before-send: a message to a provider is first
 * claimed (SENDING, committed), then the provider is called outside any transaction, then the
 * outcome is recorded on the message and the complaint's timeline. A claim that outlives the
 * delivery job's lock ({@code anju.notification.lock-at-most-for}) belongs to a run that died
 * mid-send; the provider may or may not have the message, so it is not resent blindly but set aside
 * as UNCERTAIN, on the complaint's timeline and in the staff's list of uncertain messages, to be
 * resent deliberately ({@link UncertainMessages}). The trade-off: at most once for the one message
 * in flight when a node dies, and nothing silently lost. In-app inbox messages need no claim: the
 * inbox row is written in the same transaction that marks the message sent.
 * <p>
 * A failed attempt is retried with back-off ({@link RetryPolicy}: by default for 24 hours); then
 * the message fails with the provider's reason and the recipient's next channel is queued. Messages
 * to one address on one channel go out in order: a later one waits while an earlier one is being
 * sent or retried. One failing provider or recipient never holds up the others.
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

	private final RetryPolicy retries;

	private final Duration claimExpiry;

	Postman(MessageRepository messages, List<Channel> channels, Complaints complaints, CallTasks calls,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${anju.notification.max-attempts:0}") int maxAttempts,
			@Value("${anju.notification.first-retry-after:PT1M}") Duration firstPause,
			@Value("${anju.notification.max-retry-pause:PT10M}") Duration maxPause,
			@Value("${anju.notification.give-up-after:PT24H}") Duration giveUpAfter,
			@Value("${anju.notification.lock-at-most-for:PT5M}") Duration claimExpiry) {
		this.messages = messages;
		channels.forEach(c -> this.channels.put(c.kind(), c));
		this.complaints = complaints;
		this.calls = calls;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.retries = new RetryPolicy(maxAttempts, firstPause, maxPause, giveUpAfter);
		this.claimExpiry = claimExpiry;
	}

	/** Delivers every message that is due; returns how many attempts were made. */
	int deliver() {
		Instant now = clock.instant();
		setAsideDeadClaims(now);
		int attempts = 0;
		for (Long id : messages.due(now, PageRequest.of(0, 500))) {
			try {
				attempts += deliver(id, now) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException anotherPostmanWasFaster) {
				log.debug("Message {} was handled elsewhere", id);
			}
			catch (RuntimeException crash) {
				// nothing was committed: the message stays due and goes again, with the same idempotency key
				log.warn("Delivering message {} failed; it will be tried again", id, crash);
			}
		}
		return attempts;
	}

	/** One message: an inbox message in one transaction; any other claimed, sent, then recorded. */
	private boolean deliver(long id, Instant now) {
		Message claimed = transaction.execute(status -> messages.findById(id)
			.filter(m -> m.isDue(now))
			.filter(m -> !messages.earlierUnfinished(m.getChannel(), m.getAddress(), m.getId(), now,
					Message.Status.SENDING, Message.Status.QUEUED))
			.map(m -> {
				if (m.getChannel() == ChannelKind.INBOX) {
					record(m, send(m), now);
				}
				else {
					m.claim(now);
				}
				return messages.saveAndFlush(m);
			})
			.orElse(null));
		if (claimed == null) {
			return false;
		}
		if (claimed.getChannel() == ChannelKind.INBOX) {
			return true;
		}
		DeliveryException failure;
		try {
			failure = send(claimed);
		}
		catch (RuntimeException unknown) {
			// the channel broke in a way that does not say whether the provider got the message
			log.error("Sending message {} ended unexpectedly; it is set aside as uncertain", id, unknown);
			settle(claimed, m -> m.uncertain("发送中断：" + unknown));
			return true;
		}
		try {
			settle(claimed, m -> record(m, failure, now));
		}
		catch (RuntimeException notRecorded) {
			if (failure != null) {
				throw notRecorded; // the claim stays; a later run sets it aside as uncertain
			}
			// the provider has it: record at least that, so it is never sent twice
			log.warn("Recording message {} as sent failed; marking it sent without the timeline entry", id,
					notRecorded);
			settle(claimed, m -> m.sent(now));
		}
		return true;
	}

	/** Calls the channel; the provider's refusal is returned, not thrown. */
	private DeliveryException send(Message message) {
		Channel channel = channels.get(message.getChannel());
		try {
			if (channel == null) {
				throw new DeliveryException("channel " + message.getChannel() + " is not available");
			}
			channel.send(message);
			return null;
		}
		catch (DeliveryException ex) {
			return ex;
		}
	}

	/** Applies an outcome to the message this run claimed, in its own transaction. */
	private void settle(Message claimed, Consumer<Message> outcome) {
		transaction.executeWithoutResult(status -> messages.findById(claimed.getId())
			.filter(m -> m.getStatus() == Message.Status.SENDING && m.getVersion() == claimed.getVersion())
			.ifPresent(m -> {
				outcome.accept(m);
				messages.saveAndFlush(m);
			}));
	}

	private void record(Message message, DeliveryException failure, Instant now) {
		if (failure == null) {
			message.sent(now);
			timeline(message, "已通过" + name(message.getChannel()) + "通知" + message.getRecipientName() + "：" + message.getSubject());
		}
		else if (message.failed(failure.getMessage(), now, retries)) {
			timeline(message, name(message.getChannel()) + "通知" + message.getRecipientName() + "失败：" + failure.getMessage());
			fallBack(message);
		}
	}

	/**
	 * Claims older than the job's lock were made by a run that died between claiming and recording:
	 * the provider may have the message. It is not resent blindly; staff see it and decide.
	 */
	void setAsideDeadClaims(Instant now) {
		transaction.executeWithoutResult(status -> messages
			.findByStatusAndClaimedAtBefore(Message.Status.SENDING, now.minus(claimExpiry))
			.forEach(m -> {
				m.uncertain("发送中断（" + m.getClaimedAt() + "）：不确定" + name(m.getChannel()) + "是否已送达，未自动重发");
				timeline(m, name(m.getChannel()) + "通知" + m.getRecipientName() + "状态不明（发送中断），未自动重发，请核实后决定是否重发："
						+ m.getSubject());
				log.warn("Message {} was claimed at {} by a run that did not finish; set aside as uncertain", m.getId(),
						m.getClaimedAt());
			}));
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
