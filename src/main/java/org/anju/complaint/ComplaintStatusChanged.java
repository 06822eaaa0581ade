package org.anju.complaint;

import java.time.Instant;

/** A complaint moved from one status to another. */
public record ComplaintStatusChanged(long complaintId, ComplaintStatus from, ComplaintStatus to, Instant at) {
}
