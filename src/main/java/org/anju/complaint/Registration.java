package org.anju.complaint;

/** The outcome of registering: a new complaint, or the open one the message was merged into. */
public record Registration(Complaint complaint, boolean merged) {
}
