package org.anju.feedback;

import java.time.Instant;

/** A rating as other modules and the API see it. */
public record RatingRef(long id, long complaintId, int stars, boolean solved, String comment, Instant ratedAt) {
}
