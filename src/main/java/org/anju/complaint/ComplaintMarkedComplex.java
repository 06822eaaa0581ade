package org.anju.complaint;

/** A supervisor approved that a complaint is a complex case: the longer resolution deadline applies. */
public record ComplaintMarkedComplex(long complaintId, String reason) {
}
