package org.anju.platform.security;

import org.anju.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request. */
public final class CurrentActor {

	private CurrentActor() {
	}

	/**
	 * The current actor, provided they may see the project; otherwise the project is reported as
	 * not found (HTTP 404), so that ids of other companies' projects reveal nothing.
	 */
	public static Actor inProject(long projectId) {
		Actor actor = get();
		if (!actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
		return actor;
	}

	public static Actor get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
			return principal.actor();
		}
		if (auth != null && auth.getPrincipal() instanceof OwnerPrincipal) {
			throw new AccessDeniedException("Owners use /api/v1/owner; this is the staff API");
		}
		throw new AuthenticationCredentialsNotFoundException("No staff member is logged in");
	}

}
