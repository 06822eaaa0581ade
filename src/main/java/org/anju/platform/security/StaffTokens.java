package org.anju.platform.security;

import java.util.Optional;

/**
 * Resolves the API token an integration sends (a call-centre system, the company's own app
 * backend) to the staff account it was issued for. The organisation module issues the tokens.
 */
public interface StaffTokens {

	/** What every staff token starts with, so that it is told apart from an owner's token. */
	String PREFIX = "anju_";

	/** The account of a valid token; empty if the token is unknown, expired or revoked, or the account inactive. */
	Optional<Actor> actor(String token);

}
