package org.anju.board;

import java.time.Instant;

/** A measure as published on the board (already masked), who published it and when. */
public record Publication(long complaintId, long projectId, String topic, Long buildingId, String measure,
		String publishedBy, Instant publishedAt) {
}
