package org.anju.complaint;

import java.time.Instant;

/** The work is done; the owner's feedback is due. */
public record ComplaintResolved(long complaintId, Instant at) {
}
