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
		List<FieldError> errors = validator.validate(input).stream()
			.map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
