package org.anju.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/** A closed complaint written up, anonymised, as a case for staff training; reviewed, then published. */
@Entity
@Table(name = "knowledge_case")
class TrainingCase extends BaseEntity {

	enum State {
		DRAFT, PUBLISHED
	}

	private long complaintId;

	private long projectId;

	private String entryCode;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private State state;

	private String proposedBy;

	private Instant proposedAt;

	private String publishedBy;

	private Instant publishedAt;

	protected TrainingCase() {
	}

	TrainingCase(long complaintId, long projectId, String entryCode, String title, String summary, String by,
			Instant now) {
		this.complaintId = complaintId;
		this.projectId = projectId;
		this.entryCode = entryCode;
		this.title = title;
		this.summary = summary;
		this.state = State.DRAFT;
		this.proposedBy = by;
		this.proposedAt = now;
	}

	/** The reviewer's edit of the draft. */
	void revise(String title, String summary) {
		if (state != State.DRAFT) {
			throw new ConflictException("A published case is not edited");
		}
		this.title = title;
		this.summary = summary;
	}

	void publish(String by, Instant now) {
		if (state != State.DRAFT) {
			throw new ConflictException("The case is published already");
		}
		state = State.PUBLISHED;
		publishedBy = by;
		publishedAt = now;
	}

	TrainingCaseView view() {
		return new TrainingCaseView(getId(), getVersion(), complaintId, projectId, entryCode, title, summary,
				state.name(), proposedBy, proposedAt, publishedBy, publishedAt);
	}

	long getProjectId() {
		return projectId;
	}

}
