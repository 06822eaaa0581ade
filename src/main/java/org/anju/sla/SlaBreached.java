package org.anju.sla;

import java.time.Instant;

/** A deadline passed. */
public record SlaBreached(long complaintId, ClockKind clock, Instant due, Long assigneeId) {
}
