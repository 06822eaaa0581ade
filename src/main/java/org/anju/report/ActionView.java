package org.anju.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An improvement action as the API and the report show it. */
public record ActionView(long id, long version, long projectId, String title, String description, Long ownerStaffId,
		String ownerName, LocalDate dueDate, ActionStatus status, boolean publicAction, List<String> topics,
		List<Long> complaintIds, Instant createdAt, Instant updatedAt) {
}
