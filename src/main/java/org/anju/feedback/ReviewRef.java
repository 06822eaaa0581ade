package org.anju.feedback;

import java.time.Instant;

/** A review as the console and the API see it. */
public record ReviewRef(long id, long version, long complaintId, long projectId, String department, String reason,
		String detail, Instant openedAt, String state, Long reviewerId, String reviewerName, String findings,
		String outcome, Instant closedAt) {

	public boolean isOpen() {
		return !"DONE".equals(state);
	}

}
