package org.anju.platform.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
			return principal.actor();
		}
		throw new AuthenticationCredentialsNotFoundException("No staff member is logged in");
	}

}
