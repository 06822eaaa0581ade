package org.anju.platform.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * The staff member on whose behalf a request runs: who they are, what roles they hold and which
 * projects they may see. ADMIN sees every project. Serializable: the console session holding it is
 * stored in the database (Spring Session JDBC).
 */
public record Actor(long staffId, String username, String displayName, Set<Role> roles, Set<Long> projectIds)
		implements Serializable {

	/** Anju itself, acting on its own (automatic triage and assignment). */
	public static final Actor SYSTEM = new Actor(0, "system", "安居系统", Set.of(Role.ADMIN), Set.of());

	public Actor {
		roles = Set.copyOf(roles);
		projectIds = Set.copyOf(projectIds);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	public boolean hasAnyRole(Role... wanted) {
		return isAdmin() || Arrays.stream(wanted).anyMatch(roles::contains);
	}

	public boolean canSee(long projectId) {
		return isAdmin() || projectIds.contains(projectId);
	}

	/** Refuses (HTTP 403) unless the actor holds one of the roles; ADMIN always passes. */
	public void requireAnyRole(Role... wanted) {
		if (!hasAnyRole(wanted)) {
			throw new AccessDeniedException(username + " lacks one of " + Arrays.toString(wanted));
		}
	}

}
