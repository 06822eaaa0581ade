package org.anju.platform.security;

/** Implemented by the principal of an owner's login, so that modules can learn which owner is acting. */
public interface OwnerPrincipal {

	Owner owner();

}
