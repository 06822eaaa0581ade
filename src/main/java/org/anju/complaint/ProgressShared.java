package org.anju.complaint;

import java.time.Instant;

/** Staff wrote a public note: progress the owner should hear about. */
public record ProgressShared(long complaintId, String text, Instant at) {
}
