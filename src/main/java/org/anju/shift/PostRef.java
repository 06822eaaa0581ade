package org.anju.shift;

/** A post as other modules see it. */
public record PostRef(long id, long projectId, String name) {
}
