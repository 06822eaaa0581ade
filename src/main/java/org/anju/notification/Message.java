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
 * waits to be sent, cleared while it is being sent and once it is sent or has finally failed.
 * <p>
 * A message to a provider is <em>claimed</em> (SENDING, committed) before the provider is called
 * and marked SENT after. A claim that outlives the delivery job's lock was made by a run that died
 * mid-send: nobody knows whether the provider got it, so it is set aside as UNCERTAIN for staff to
 * resend deliberately — at most once for that one message, never silently lost.
 */
@Entity
@Table(name = "notification_message")
class Message extends BaseEntity {

	/**
	 * QUEUED → SENDING (claimed, the provider is being called) → SENT (the provider accepted it) →
	 * DELIVERED (the provider's receipt says it arrived); or back to QUEUED for a retry, or FAILED;
	 * or UNCERTAIN (the run died mid-send) until staff resend it.
	 */
	enum Status {
		QUEUED, SENDING, SENT, DELIVERED, FAILED, UNCERTAIN
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

	/** When the message was first due: the retry horizon counts from here. */
	private Instant firstDueAt;

	/** When the current (or last) delivery run claimed the message. */
	private Instant claimedAt;

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
		this.firstDueAt = firstAttemptAt;
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

	/** Taken by a delivery run, committed before the provider is called. */
	void claim(Instant at) {
		status = Status.SENDING;
		claimedAt = at;
		nextAttemptAt = null;
	}

	/** The run that claimed the message died (or could not tell) whether the provider got it. */
	void uncertain(String reason) {
		attempts++;
		status = Status.UNCERTAIN;
		nextAttemptAt = null;
		lastError = reason;
	}

	/** Staff decided to send an uncertain message again: it goes at once, with the same idempotency key. */
	void resend(Instant at) {
		status = Status.QUEUED;
		claimedAt = null;
		nextAttemptAt = at;
		firstDueAt = at;
	}

	void sent(Instant at) {
		attempts++;
		status = Status.SENT;
		sentAt = at;
		nextAttemptAt = null;
		lastError = null;
	}

	/**
	 * A failed attempt: retried after a pause that doubles from {@code policy.firstPause} up to
	 * {@code policy.maxPause}, or failed for good once {@code policy.giveUpAfter} has passed since
	 * the message was first due (or after {@code policy.maxAttempts} tries, when that is set).
	 */
	boolean failed(String reason, Instant at, RetryPolicy policy) {
		attempts++;
		lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
		Instant since = firstDueAt != null ? firstDueAt : createdAt;
		if (policy.maxAttempts() > 0 && attempts >= policy.maxAttempts()
				|| !at.isBefore(since.plus(policy.giveUpAfter()))) {
			status = Status.FAILED;
			nextAttemptAt = null;
			return true;
		}
		status = Status.QUEUED;
		Duration pause = policy.firstPause().multipliedBy(1L << Math.min(attempts - 1, 20));
		nextAttemptAt = at.plus(pause.compareTo(policy.maxPause()) > 0 ? policy.maxPause() : pause);
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
	Instant getClaimedAt() { return claimedAt; }
	Instant getSentAt() { return sentAt; }
	Instant getDeliveredAt() { return deliveredAt; }

}
