package org.anju.agenda;

import java.time.Instant;

/** A task as lists show it. */
public record TaskView(long id, long projectId, String title, String notes, long assigneeId, String assigneeName,
		Instant dueAt, TaskStatus status, Long complaintId, Long householdId, String household, long createdBy,
		String createdByName, Instant createdAt, Instant closedAt) {
}
