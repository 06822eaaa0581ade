package org.anju.directory;

/** A project as other modules see it. */
public record ProjectRef(long id, long companyId, String code, String name) {
}
