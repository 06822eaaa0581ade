package org.anju.platform.web;

/** A resource that does not exist, or that the caller may not see (we do not tell the two apart). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
