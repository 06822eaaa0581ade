package org.anju.visitor;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** An unusual event a post notes (岗亭异常记录): when, what, how serious, and who wrote it down. */
@Entity
@Table(name = "visitor_post_log")
class PostLogEntry extends BaseEntity {

	private long postId;

	private long projectId;

	private Instant occurredAt;

	private String text;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	private Instant recordedAt;

	private String recordedBy;

	protected PostLogEntry() {
	}

	PostLogEntry(long postId, long projectId, Instant occurredAt, String text, Severity severity, Instant recordedAt,
			String recordedBy) {
		this.postId = postId;
		this.projectId = projectId;
		this.occurredAt = occurredAt;
		this.text = text;
		this.severity = severity;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	PostLog.Entry view() {
		return new PostLog.Entry(getId(), postId, occurredAt, text, severity, recordedAt, recordedBy);
	}

}
