package org.anju.directory;

/** A building as other modules see it. */
public record BuildingRef(long id, long projectId, String name) {
}
