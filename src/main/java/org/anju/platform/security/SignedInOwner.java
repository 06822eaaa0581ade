package org.anju.platform.security;

import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of an owner who proved their mobile with a one-time code (portal session)
 * or sent a token issued that way (app, mini-program). Its only authority is {@code ROLE_OWNER}.
 */
public final class SignedInOwner extends AbstractAuthenticationToken {

	private final Principal principal;

	public SignedInOwner(Owner owner) {
		super(List.of(new SimpleGrantedAuthority("ROLE_OWNER")));
		this.principal = new Principal(owner);
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

	public Owner owner() {
		return principal.owner();
	}

	/** What {@link CurrentOwner} reads. */
	record Principal(Owner owner) implements OwnerPrincipal, Serializable {
	}

}
