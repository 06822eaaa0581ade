package org.anju.notification;

import java.time.Instant;

/** A call task as the API shows it. */
public record CallTaskView(long id, Long projectId, Long complaintId, Long noticeId, Long householdId, Long residentId,
		String residentName, String reason, String subject, String body, Instant createdAt, Instant doneAt,
		String doneBy, Boolean reached, String note) {
}
