package org.anju.intake;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;

/** Bean Validation for input the web layer did not validate: refused (400) with every field error. */
final class Validation {

	private Validation() {
	}

	static void check(Validator validator, Object input) {
		List<FieldError> errors = errors(validator, input, "");
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** The field errors of one input, each field named with the prefix (its place in a list). */
	static List<FieldError> errors(Validator validator, Object input, String prefix) {
		return validator.validate(input).stream()
			.map(v -> new FieldError(prefix + v.getPropertyPath(), v.getMessage()))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
	}

}
