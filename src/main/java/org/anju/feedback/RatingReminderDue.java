package org.anju.feedback;

/** A resolved complaint's owner has not rated it yet: the notification module reminds them once. */
public record RatingReminderDue(long complaintId, int round) {
}
