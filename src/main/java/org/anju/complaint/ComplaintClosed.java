package org.anju.complaint;

import java.time.Instant;

/** The complaint is finished (办结). */
public record ComplaintClosed(long complaintId, Instant at) {
}
