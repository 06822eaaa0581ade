package org.anju.agenda;

import java.time.Instant;

/** A task to create; {@code assigneeId} null gives it to the actor. */
public record NewTask(Long projectId, String title, String notes, Long assigneeId, Instant dueAt, Long complaintId,
		Long householdId) {
}
