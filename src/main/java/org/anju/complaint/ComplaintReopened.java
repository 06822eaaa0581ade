package org.anju.complaint;

/** The owner was not satisfied; the complaint is back in handling. */
public record ComplaintReopened(long complaintId, String reason, int reopenCount) {
}
