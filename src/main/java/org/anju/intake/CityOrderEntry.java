package org.anju.intake;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.complaint.Complaint;
import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/**
 * A 12345 work order that became a complaint (or joined one), with the city's deadline and our
 * reply to the city. The city takes one reply per order; a correction is made on its platform.
 */
@Entity
@Table(name = "intake_city_order")
class CityOrderEntry extends BaseEntity {

	private String orderNumber;

	private long projectId;

	private long messageId;

	private long complaintId;

	private String complaintNumber;

	private String category;

	private Instant receivedAt;

	private Instant dueAt;

	private String replyText;

	private Instant repliedAt;

	private String repliedBy;

	protected CityOrderEntry() {
	}

	CityOrderEntry(CityOrder order, InboundMessage message, Complaint complaint) {
		this.orderNumber = order.orderNumber();
		this.projectId = complaint.getProjectId();
		this.messageId = message.getId();
		this.complaintId = complaint.getId();
		this.complaintNumber = complaint.getNumber();
		this.category = order.category();
		this.receivedAt = order.receivedAt();
		this.dueAt = order.dueAt();
	}

	void reply(String text, Instant at, String by) {
		if (repliedAt != null) {
			throw new ConflictException("Order " + orderNumber + " was answered at " + repliedAt + " by " + repliedBy);
		}
		replyText = text;
		repliedAt = at;
		repliedBy = by;
	}

	/** Not answered and past the city's deadline: it counts against the company. */
	boolean isOverdue(Instant now) {
		return repliedAt == null && now.isAfter(dueAt);
	}

	/** Answered after the city's deadline. */
	boolean isLate() {
		return repliedAt != null && repliedAt.isAfter(dueAt);
	}

	String getOrderNumber() {
		return orderNumber;
	}

	long getProjectId() {
		return projectId;
	}

	long getMessageId() {
		return messageId;
	}

	long getComplaintId() {
		return complaintId;
	}

	String getComplaintNumber() {
		return complaintNumber;
	}

	String getCategory() {
		return category;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	Instant getDueAt() {
		return dueAt;
	}

	String getReplyText() {
		return replyText;
	}

	Instant getRepliedAt() {
		return repliedAt;
	}

	String getRepliedBy() {
		return repliedBy;
	}

}
