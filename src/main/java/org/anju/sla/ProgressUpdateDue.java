package org.anju.sla;

/** The owner has heard nothing for a policy's update interval and must be told how it is going. */
public record ProgressUpdateDue(long complaintId, Long assigneeId) {
}
