package org.anju.knowledge;

import java.time.Instant;

/** A training case as the API and the console show it. */
public record TrainingCaseView(long id, long version, long complaintId, long projectId, String entryCode, String title,
		String summary, String state, String proposedBy, Instant proposedAt, String publishedBy, Instant publishedAt) {
}
