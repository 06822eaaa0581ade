package org.anju.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a message template; a change is a new version, the old ones stay. */
@Entity
@Table(name = "notification_template")
class Template {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Column(name = "template_version")
	private int version;

	private String subject;

	private String body;

	private Instant createdAt;

	private String createdBy;

	protected Template() {
	}

	Template(String code, int version, String subject, String body, Instant createdAt, String createdBy) {
		this.code = code;
		this.version = version;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	String getCode() { return code; }
	int getVersion() { return version; }
	String getSubject() { return subject; }
	String getBody() { return body; }
	Instant getCreatedAt() { return createdAt; }
	String getCreatedBy() { return createdBy; }

}
