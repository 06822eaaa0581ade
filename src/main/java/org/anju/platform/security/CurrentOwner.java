package org.anju.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Owner} of the current request; staff get 403 on the owners' endpoints. */
public final class CurrentOwner {

	private CurrentOwner() {
	}

	public static Owner get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof OwnerPrincipal principal) {
			return principal.owner();
		}
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal) {
			throw new AccessDeniedException("This is the owners' API; staff use /api/v1/complaints");
		}
		throw new AuthenticationCredentialsNotFoundException("No owner is logged in");
	}

}
