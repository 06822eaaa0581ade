package org.anju.complaint;

import java.time.Instant;

/** A complaint entered the system. */
public record ComplaintRegistered(long complaintId, String number, long projectId, Channel channel, Instant receivedAt) {
}
