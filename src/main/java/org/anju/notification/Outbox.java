package org.anju.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.anju.notification.Message.RecipientType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes messages into the outbox, in the caller's transaction: one row per recipient, channel and
 * event, unique by its idempotency key, so a repeated event queues nothing new. Non-urgent
 * messages to owners that arise in quiet hours wait until they end; staff escalations and
 * emergencies never wait.
 */
@Component
class Outbox {

	private final MessageRepository messages;

	private final CallTasks calls;

	private final Clock clock;

	private final LocalTime quietFrom;

	private final LocalTime quietUntil;

	Outbox(MessageRepository messages, CallTasks calls, Clock clock,
			@Value("${anju.notification.quiet-hours.from:22:00}") LocalTime quietFrom,
			@Value("${anju.notification.quiet-hours.until:08:00}") LocalTime quietUntil) {
		this.messages = messages;
		this.calls = calls;
		this.clock = clock;
		this.quietFrom = quietFrom;
		this.quietUntil = quietUntil;
	}

	/** Queues a message on the recipient's first channel, keeping the others as fallbacks. */
	void queue(String key, Long complaintId, Recipient recipient, String subject, String body, boolean urgent) {
		build(key, complaintId, null, recipient, subject, body, urgent).ifPresent(messages::save);
	}

	/** Queues an e-mail with files attached (paths under the data directory). */
	void queueMail(String key, Recipient recipient, String subject, String body, List<String> attachments) {
		build(key, null, null, recipient, subject, body, false)
			.ifPresent(message -> messages.save(message.withAttachments(attachments)));
	}

	/** Queues one resident's copy of a mass notice. */
	void queueNotice(long noticeId, Recipient recipient, String subject, String body) {
		build("notice:" + noticeId, null, noticeId, recipient, subject, body, false)
			.ifPresent(message -> messages.save(message.forNotice(noticeId)));
	}

	/**
	 * The message to queue, or none when it was queued already. A resident nothing but the in-app
	 * inbox reaches (no mobile, e-mail or WeChat on file) is also to be called.
	 */
	private Optional<Message> build(String key, Long complaintId, Long noticeId, Recipient recipient, String subject,
			String body, boolean urgent) {
		String fullKey = key + ":" + recipient.type() + (recipient.id() == null ? "" : recipient.id());
		if (recipient.addresses().keySet().stream().allMatch(ChannelKind.INBOX::equals)) {
			calls.open(fullKey, complaintId, noticeId, recipient, CallTask.Reason.NO_CHANNEL, subject, body);
		}
		if (recipient.addresses().isEmpty()) {
			return Optional.empty();
		}
		if (messages.existsByIdempotencyKey(fullKey)) {
			return Optional.empty();
		}
		List<Map.Entry<ChannelKind, String>> routes = new ArrayList<>(recipient.addresses().entrySet());
		Map.Entry<ChannelKind, String> first = routes.remove(0);
		String fallbacks = routes.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
		Instant now = clock.instant();
		boolean mayWait = !urgent && recipient.type() != RecipientType.STAFF;
		return Optional.of(new Message(fullKey, complaintId, recipient, first.getKey(), first.getValue(), subject, body,
				urgent, now, mayWait ? afterQuietHours(now) : now, fallbacks.isEmpty() ? null : fallbacks));
	}

	/** The moment a message created now may go out: now, or the end of the quiet hours. */
	Instant afterQuietHours(Instant now) {
		ZonedDateTime local = now.atZone(clock.getZone());
		LocalTime time = local.toLocalTime();
		boolean quiet = quietFrom.isAfter(quietUntil) ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
				: !time.isBefore(quietFrom) && time.isBefore(quietUntil);
		if (!quiet) {
			return now;
		}
		ZonedDateTime end = local.with(quietUntil);
		return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
	}

}
