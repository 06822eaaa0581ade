package org.anju.directory;

/** What may be edited of a project (name and address), with the version an edit must start from. */
public record ProjectDetails(long id, long version, String code, String name, String address) {
}
