package org.anju.organisation;

import java.util.Set;

import org.anju.platform.security.Role;

/** A staff member as other modules see it. */
public record StaffRef(long id, String username, String displayName, String departmentCode, Set<Role> roles,
		Set<Long> projectIds, Set<Long> buildingIds, boolean active, boolean onDuty, String mobile, String email) {

	public boolean worksOn(long projectId) {
		return projectIds.contains(projectId) || roles.contains(Role.ADMIN);
	}

}
