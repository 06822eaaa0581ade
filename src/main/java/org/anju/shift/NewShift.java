package org.anju.shift;

import java.time.Instant;
import java.util.Set;

/** A shift to start on a post: who (default: the caller), from when (default: now) until when (default: 12 hours later). */
public record NewShift(Set<Long> staffIds, Instant startsAt, Instant endsAt) {
}
