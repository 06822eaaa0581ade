package org.anju.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** One step of the playbook on one complaint: due (if timed) and done by whom, when. */
@Entity
@Table(name = "knowledge_checklist")
class ChecklistStep extends BaseEntity {

	private long complaintId;

	private long projectId;

	private String entryCode;

	private String scenarioCode;

	private int revision;

	private int position;

	private String text;

	private String recordKey;

	private Instant dueAt;

	private Instant doneAt;

	private String doneBy;

	protected ChecklistStep() {
	}

	ChecklistStep(long complaintId, long projectId, PlaybookEntry entry, PlaybookEntry.Scenario scenario, int position,
			PlaybookEntry.Step step, Instant receivedAt) {
		this.complaintId = complaintId;
		this.projectId = projectId;
		this.entryCode = entry.code();
		this.scenarioCode = scenario.code();
		this.revision = entry.revision();
		this.position = position;
		this.text = step.text().length() <= 1000 ? step.text() : step.text().substring(0, 1000);
		this.recordKey = step.record();
		this.dueAt = step.duration() == null ? null : receivedAt.plus(step.duration());
	}

	/** Ticks the step; false if it was done already. */
	boolean done(String by, Instant now) {
		if (doneAt != null) {
			return false;
		}
		doneAt = now;
		doneBy = by;
		return true;
	}

	boolean isDone() {
		return doneAt != null;
	}

	boolean isLate(Instant now) {
		return dueAt != null && (doneAt == null ? now.isAfter(dueAt) : doneAt.isAfter(dueAt));
	}

	String getEntryCode() {
		return entryCode;
	}

	String getScenarioCode() {
		return scenarioCode;
	}

	int getPosition() {
		return position;
	}

	String getText() {
		return text;
	}

	String getRecordKey() {
		return recordKey;
	}

	Instant getDueAt() {
		return dueAt;
	}

	Instant getDoneAt() {
		return doneAt;
	}

	String getDoneBy() {
		return doneBy;
	}

}
