package org.anju.directory;

/** A project was added to a company; published inside the creating transaction. */
public record ProjectCreated(long projectId, long companyId, String name) {
}
