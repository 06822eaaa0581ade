package org.anju.console;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts errors next to the fields of an administration form, in the user's language: the domain's
 * own constraints (checked on the record the form becomes, so the rules live in one place) and
 * the domain's {@link InvalidInputException}s. Codes are {@code admin.error.<Constraint>[.<field>]}.
 */
@Component
class AdminForms {

	private final Validator validator;

	AdminForms(Validator validator) {
		this.validator = validator;
	}

	/** Checks {@code value} against its constraints; true if it has none broken and the form no errors. */
	boolean check(Object value, BindingResult result) {
		for (ConstraintViolation<Object> violation : validator.validate(value)) {
			String field = violation.getPropertyPath().toString();
			Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
			String kind = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			reject(result, field, "admin.error." + kind,
					new Object[] { attributes.get("max"), attributes.get("min") }, violation.getMessage());
		}
		return !result.hasErrors();
	}

	/** Shows the domain's refusal next to the fields it names (or above the form). */
	void reject(InvalidInputException ex, BindingResult result) {
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				reject(result, f.field(), "admin.error.invalid", new Object[] { f.message() }, f.message());
			}
		}
		if (!result.hasErrors()) {
			result.reject("admin.error.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
		}
	}

	private static void reject(BindingResult result, String field, String code, Object[] args, String fallback) {
		if (new BeanWrapperImpl(result.getTarget()).isReadableProperty(field)) {
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, code, args, fallback);
			}
		}
		else {
			result.reject(code, args, fallback);
		}
	}

}
