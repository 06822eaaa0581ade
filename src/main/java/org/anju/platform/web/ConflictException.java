package org.anju.platform.web;

import java.util.Map;

/** The request is well-formed but clashes with the current state of the data (HTTP 409). */
public class ConflictException extends RuntimeException {

	private final Map<String, Object> properties;

	public ConflictException(String message) {
		this(message, Map.of());
	}

	public ConflictException(String message, Map<String, Object> properties) {
		super(message);
		this.properties = Map.copyOf(properties);
	}

	/** Extra members of the problem document, e.g. {@code currentState}. */
	public Map<String, Object> properties() {
		return properties;
	}

}
