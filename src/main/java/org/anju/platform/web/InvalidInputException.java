package org.anju.platform.web;

import java.util.List;

/**
 * Input that passed the JSON shape checks but not the business rules: HTTP 400 whose problem
 * document lists every error (field errors, or the bad rows of an imported file).
 */
public class InvalidInputException extends RuntimeException {

	private final List<?> errors;

	public InvalidInputException(String field, String message) {
		this(field + ": " + message, List.of(new FieldError(field, message)));
	}

	public InvalidInputException(List<FieldError> errors) {
		this("Invalid input", errors);
	}

	public InvalidInputException(String detail, List<?> errors) {
		super(detail);
		this.errors = List.copyOf(errors);
	}

	public List<?> errors() {
		return errors;
	}

}
