package org.anju.directory;

/** A stairway unit (单元) as other modules see it. */
public record UnitRef(long id, long buildingId, String name) {
}
