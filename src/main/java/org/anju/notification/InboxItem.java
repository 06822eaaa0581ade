package org.anju.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anju.notification.Message.RecipientType;

/** A message in someone's in-app inbox (staff console, owner portal). */
@Entity
@Table(name = "inbox_item")
class InboxItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private RecipientType recipientType;

	private long recipientId;

	private long messageId;

	private String subject;

	private String body;

	private Instant createdAt;

	private Instant readAt;

	protected InboxItem() {
	}

	InboxItem(Message message, Instant at) {
		this.recipientType = message.getRecipientType();
		this.recipientId = message.getRecipientId();
		this.messageId = message.getId();
		this.subject = message.getSubject();
		this.body = message.getBody();
		this.createdAt = at;
	}

	void read(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	Long getId() { return id; }
	String getSubject() { return subject; }
	String getBody() { return body; }
	Instant getCreatedAt() { return createdAt; }
	Instant getReadAt() { return readAt; }
	long getRecipientId() { return recipientId; }

}
