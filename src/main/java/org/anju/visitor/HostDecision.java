package org.anju.visitor;

/** What the host household said when the post called: let the visitor in, or not. */
public enum HostDecision {

	CONFIRMED, REFUSED

}
