package org.anju.complaint;

import java.time.Instant;

/**
 * An outside work order was added to an open complaint (a 12345 order merged into it);
 * {@code due} is the complaint's outside deadline now, the stricter of the orders'.
 */
public record ComplaintReferred(long complaintId, String reference, Instant due) {
}
