package org.anju.complaint;

import java.time.Instant;

/** Staff reached the owner (first contact or a progress update). */
public record OwnerContacted(long complaintId, ContactMethod method, Instant at) {
}
