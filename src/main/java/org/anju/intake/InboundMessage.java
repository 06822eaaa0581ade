package org.anju.intake;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/** One message as it arrived on a channel, and what became of it. */
@Entity
@Table(name = "intake_message")
public class InboundMessage extends BaseEntity {

	private static final int MAX_REASON = 1000;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String externalId;

	private Long projectId;

	private String sender;

	private String subject;

	private String rawKey;

	private String rawType;

	private long rawSize;

	private Instant arrivedAt;

	@Enumerated(EnumType.STRING)
	private InboundStatus status;

	private String reason;

	private Long complaintId;

	private String complaintNumber;

	private Instant handledAt;

	private String handledBy;

	private Long submittedBy;

	protected InboundMessage() {
	}

	InboundMessage(Inbound inbound, String rawKey) {
		this.channel = inbound.channel();
		this.externalId = inbound.externalId();
		this.projectId = inbound.projectId();
		this.sender = cut(inbound.sender(), 200);
		this.subject = cut(inbound.subject(), 300);
		this.rawKey = rawKey;
		this.rawType = inbound.rawType();
		this.rawSize = inbound.raw().length;
		this.arrivedAt = inbound.arrivedAt();
		this.status = InboundStatus.RECEIVED;
	}

	/** Kept for handling later, on behalf of the staff account (an integration) that sent it. */
	InboundMessage deferredFor(long staffId) {
		submittedBy = staffId;
		return this;
	}

	void became(InboundStatus outcome, Complaint complaint, Instant now) {
		requireStatus(InboundStatus.RECEIVED);
		status = outcome;
		complaintId = complaint.getId();
		complaintNumber = complaint.getNumber();
		projectId = complaint.getProjectId();
		handledAt = now;
	}

	void ignore(String why, Instant now) {
		requireStatus(InboundStatus.RECEIVED);
		status = InboundStatus.IGNORED;
		reason = cut(why, MAX_REASON);
		handledAt = now;
	}

	void quarantine(String why, Instant now) {
		requireStatus(InboundStatus.RECEIVED);
		status = InboundStatus.QUARANTINED;
		reason = cut(why, MAX_REASON);
		handledAt = now;
	}

	/** An admin made the complaint by hand. */
	void resolve(Complaint complaint, String by, Instant now) {
		requireStatus(InboundStatus.QUARANTINED);
		status = InboundStatus.RESOLVED;
		complaintId = complaint.getId();
		complaintNumber = complaint.getNumber();
		handledAt = now;
		handledBy = by;
	}

	void discard(String why, String by, Instant now) {
		requireStatus(InboundStatus.QUARANTINED);
		status = InboundStatus.DISCARDED;
		reason = cut(reason + " — " + why, MAX_REASON);
		handledAt = now;
		handledBy = by;
	}

	private void requireStatus(InboundStatus expected) {
		if (status != expected) {
			throw new ConflictException("Inbound message " + getId() + " is " + status + ", not " + expected);
		}
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	public Long getSubmittedBy() {
		return submittedBy;
	}

	public Channel getChannel() {
		return channel;
	}

	public String getExternalId() {
		return externalId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public String getSender() {
		return sender;
	}

	public String getSubject() {
		return subject;
	}

	String getRawKey() {
		return rawKey;
	}

	public String getRawType() {
		return rawType;
	}

	public long getRawSize() {
		return rawSize;
	}

	public Instant getArrivedAt() {
		return arrivedAt;
	}

	public InboundStatus getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
	}

	public Long getComplaintId() {
		return complaintId;
	}

	public String getComplaintNumber() {
		return complaintNumber;
	}

	public Instant getHandledAt() {
		return handledAt;
	}

	public String getHandledBy() {
		return handledBy;
	}

}
