package org.anju.complaint;

/** The complaint was withdrawn or recorded by mistake. */
public record ComplaintCancelled(long complaintId, String reason) {
}
