package org.anju.sla;

import java.time.Instant;

/** A deadline is close (by default 75% of its time is used up); the assignee should hurry. */
public record SlaWarningRaised(long complaintId, ClockKind clock, Instant due, Long assigneeId) {
}
