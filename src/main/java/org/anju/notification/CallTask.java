package org.anju.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/** A message that must be told by phone, because no channel can carry it to the resident. */
@Entity
@Table(name = "notification_call_task")
class CallTask extends BaseEntity {

	/** Why a person must call. */
	enum Reason {
		/** The resident has no mobile, e-mail, WeChat or mini-program on file. */
		NO_CHANNEL,
		/** Every channel the resident has failed. */
		ALL_FAILED
	}

	private String idempotencyKey;

	private Long projectId;

	private Long complaintId;

	private Long noticeId;

	private Long householdId;

	private Long residentId;

	private String residentName;

	@Enumerated(EnumType.STRING)
	private Reason reason;

	private String subject;

	private String body;

	private Instant createdAt;

	private Instant doneAt;

	private String doneBy;

	private Boolean reached;

	private String note;

	protected CallTask() {
	}

	CallTask(String key, Long projectId, Long complaintId, Long noticeId, Recipient recipient, Reason reason,
			String subject, String body, Instant now) {
		this.idempotencyKey = key;
		this.projectId = projectId;
		this.complaintId = complaintId;
		this.noticeId = noticeId;
		this.householdId = recipient.householdId();
		this.residentId = recipient.id();
		this.residentName = recipient.name();
		this.reason = reason;
		this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
		this.body = body.length() <= 4000 ? body : body.substring(0, 4000);
		this.createdAt = now;
	}

	void done(boolean reached, String note, String by, Instant now) {
		if (doneAt != null) {
			throw new ConflictException("This call was made already, at " + doneAt);
		}
		this.reached = reached;
		this.note = note;
		this.doneBy = by;
		this.doneAt = now;
	}

	CallTaskView view() {
		return new CallTaskView(getId(), projectId, complaintId, noticeId, householdId, residentId, residentName,
				reason.name(), subject, body, createdAt, doneAt, doneBy, reached, note);
	}

	Long getProjectId() {
		return projectId;
	}

	Long getComplaintId() {
		return complaintId;
	}

	String getResidentName() {
		return residentName;
	}

}
