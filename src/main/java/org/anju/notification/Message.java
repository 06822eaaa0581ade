package org.anju.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * One message to one recipient on one channel, written to the outbox in the transaction of the
 * change that causes it. {@code nextAttemptAt} is the dispatcher's trigger: set while the message
 * waits to be sent, cleared once it is sent or has finally failed.
 */
@Entity
@Table(name = "notification_message")
class Message extends BaseEntity {

	/** QUEUED → SENT (the provider accepted it) → DELIVERED (the provider's receipt says it arrived); or FAILED. */
	enum Status {
		QUEUED, SENT, DELIVERED, FAILED
	}

	enum RecipientType {
		RESIDENT, STAFF, CALLER
	}

	private String idempotencyKey;

	private Long complaintId;

	private Long noticeId;

	private Long householdId;

	@Enumerated(EnumType.STRING)
	private RecipientType recipientType;

	private Long recipientId;

	private String recipientName;

	@Enumerated(EnumType.STRING)
	private ChannelKind channel;

	private String address;

	private String subject;

	private String body;

	private boolean urgent;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	/** Channels to try, in order, if this one finally fails: {@code KIND=address} separated by newlines. */
	private String fallbacks;

	/** Files to attach to an e-mail: paths under the data directory, one per line. */
	private String attachments;

	private Instant createdAt;

	private Instant sentAt;

	private Instant deliveredAt;

	protected Message() {
	}

	Message(String idempotencyKey, Long complaintId, Recipient recipient, ChannelKind channel, String address,
			String subject, String body, boolean urgent, Instant createdAt, Instant firstAttemptAt, String fallbacks) {
		this.idempotencyKey = idempotencyKey;
		this.complaintId = complaintId;
		this.recipientType = recipient.type();
		this.recipientId = recipient.id();
		this.recipientName = recipient.name();
		this.householdId = recipient.householdId();
		this.channel = channel;
		this.address = address;
		this.subject = subject;
		this.body = body;
		this.urgent = urgent;
		this.status = Status.QUEUED;
		this.createdAt = createdAt;
		this.nextAttemptAt = firstAttemptAt;
		this.fallbacks = fallbacks;
	}

	/** Attaches files (paths under the data directory) to an e-mail. */
	Message withAttachments(List<String> paths) {
		this.attachments = paths.isEmpty() ? null : String.join("\n", paths);
		return this;
	}

	List<String> attachments() {
		return attachments == null ? List.of() : List.of(attachments.split("\n"));
	}

	/** Marks the message as part of a mass notice. */
	Message forNotice(long noticeId) {
		this.noticeId = noticeId;
		return this;
	}

	void sent(Instant at) {
		attempts++;
		status = Status.SENT;
		sentAt = at;
		nextAttemptAt = null;
		lastError = null;
	}

	/** A failed attempt: retried after an exponentially growing pause, or failed for good after the last try. */
	boolean failed(String reason, Instant at, int maxAttempts, Duration firstPause) {
		attempts++;
		lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
		if (attempts >= maxAttempts) {
			status = Status.FAILED;
			nextAttemptAt = null;
			return true;
		}
		nextAttemptAt = at.plus(firstPause.multipliedBy(1L << (attempts - 1)));
		return false;
	}

	/**
	 * The provider's delivery receipt for a sent message: delivered, or failed after all (then the
	 * next channel takes over). Returns whether the message failed.
	 */
	boolean receipt(boolean delivered, String reason, Instant at) {
		if (status != Status.SENT) {
			return false;
		}
		if (delivered) {
			status = Status.DELIVERED;
			deliveredAt = at;
			return false;
		}
		status = Status.FAILED;
		lastError = reason == null ? "not delivered" : reason;
		return true;
	}

	boolean isDue(Instant now) {
		return status == Status.QUEUED && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
	}

	String getIdempotencyKey() { return idempotencyKey; }
	Long getComplaintId() { return complaintId; }
	Long getNoticeId() { return noticeId; }
	Long getHouseholdId() { return householdId; }
	RecipientType getRecipientType() { return recipientType; }
	Long getRecipientId() { return recipientId; }
	String getRecipientName() { return recipientName; }
	ChannelKind getChannel() { return channel; }
	String getAddress() { return address; }
	String getSubject() { return subject; }
	String getBody() { return body; }
	boolean isUrgent() { return urgent; }
	Status getStatus() { return status; }
	int getAttempts() { return attempts; }
	Instant getNextAttemptAt() { return nextAttemptAt; }
	String getLastError() { return lastError; }
	String getFallbacks() { return fallbacks; }
	Instant getCreatedAt() { return createdAt; }
	Instant getSentAt() { return sentAt; }
	Instant getDeliveredAt() { return deliveredAt; }

}
