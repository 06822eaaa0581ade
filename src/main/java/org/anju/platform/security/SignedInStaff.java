package org.anju.platform.security;

import java.io.Serializable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of an integration that sent a staff API token: it acts as the account the
 * token was issued for, with that account's roles and projects.
 */
public final class SignedInStaff extends AbstractAuthenticationToken {

	private final Principal principal;

	SignedInStaff(Actor actor) {
		super(actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
		this.principal = new Principal(actor);
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return principal;
	}

	record Principal(Actor actor) implements ActorPrincipal, Serializable {
	}

}
