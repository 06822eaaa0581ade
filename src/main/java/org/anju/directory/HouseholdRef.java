package org.anju.directory;

/**
 * A household as other modules see it, with its printable address ("3栋2单元1201") and whether
 * all its members want to hear about its complaints.
 */
public record HouseholdRef(long id, long projectId, long buildingId, long unitId, String label,
		boolean notifyAllMembers) {
}
