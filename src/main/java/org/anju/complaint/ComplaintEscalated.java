package org.anju.complaint;

/** The complaint was raised one level up the management chain. */
public record ComplaintEscalated(long complaintId, int level, String reason) {
}
