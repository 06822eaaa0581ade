package org.anju.agenda;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/** A task given to one staff member: OPEN until done or cancelled, both final. */
@Entity
@Table(name = "agenda_task")
class Task extends BaseEntity {

	private long projectId;

	private String title;

	private String notes;

	private long assigneeId;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.OPEN;

	private Long complaintId;

	private Long householdId;

	private long createdBy;

	private Instant createdAt;

	private Instant closedAt;

	private Long closedBy;

	protected Task() {
	}

	Task(long projectId, String title, String notes, long assigneeId, Instant dueAt, Long complaintId,
			Long householdId, long createdBy, Instant now) {
		this.projectId = projectId;
		this.title = title;
		this.notes = notes;
		this.assigneeId = assigneeId;
		this.dueAt = dueAt;
		this.complaintId = complaintId;
		this.householdId = householdId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void assign(long assigneeId) {
		requireOpen("reassign");
		this.assigneeId = assigneeId;
	}

	void close(TaskStatus to, long by, Instant now) {
		requireOpen(to == TaskStatus.DONE ? "complete" : "cancel");
		status = to;
		closedAt = now;
		closedBy = by;
	}

	private void requireOpen(String action) {
		if (status != TaskStatus.OPEN) {
			throw new ConflictException("Cannot " + action + " task " + getId() + ": it is " + status,
					java.util.Map.of("currentState", status.name()));
		}
	}

	long getProjectId() { return projectId; }
	String getTitle() { return title; }
	String getNotes() { return notes; }
	long getAssigneeId() { return assigneeId; }
	Instant getDueAt() { return dueAt; }
	TaskStatus getStatus() { return status; }
	Long getComplaintId() { return complaintId; }
	Long getHouseholdId() { return householdId; }
	long getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
	Instant getClosedAt() { return closedAt; }

}
