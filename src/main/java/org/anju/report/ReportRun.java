package org.anju.report;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** A report generated on schedule: its kind (WEEKLY, MONTHLY), period, scope, files and how many it was mailed to. */
@Entity
@Table(name = "report_run")
class ReportRun extends BaseEntity {

	private String kind;

	private String period;

	private Long projectId;

	private String scope;

	/** The files under the data directory, one per line. */
	private String files;

	private int recipients;

	private Instant generatedAt;

	protected ReportRun() {
	}

	ReportRun(String kind, String period, Long projectId, String files, int recipients, Instant generatedAt) {
		this.kind = kind;
		this.period = period;
		this.projectId = projectId;
		this.scope = scope(projectId);
		this.files = files;
		this.recipients = recipients;
		this.generatedAt = generatedAt;
	}

	/** {@code p42} for a project, {@code company} for the whole company. */
	static String scope(Long projectId) {
		return projectId == null ? "company" : "p" + projectId;
	}

	String getKind() { return kind; }
	String getPeriod() { return period; }
	Long getProjectId() { return projectId; }
	String getFiles() { return files; }
	int getRecipients() { return recipients; }
	Instant getGeneratedAt() { return generatedAt; }

}
