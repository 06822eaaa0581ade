package org.anju.platform.security;

import java.util.Optional;

/**
 * Resolves the bearer token an owner's app or mini-program sends to the owner it was issued to.
 * The portal module issues the tokens; the API's filter chain only asks this interface, so that
 * the platform does not depend on the portal.
 */
public interface OwnerTokens {

	/** The owner of a valid token; empty if the token is unknown, expired or revoked. */
	Optional<Owner> owner(String token);

}
