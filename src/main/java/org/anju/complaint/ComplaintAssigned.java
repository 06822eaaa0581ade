package org.anju.complaint;

/** A complaint was given to a staff member (first time or again). */
public record ComplaintAssigned(long complaintId, long assigneeId, String department, boolean reassigned) {
}
