package org.anju.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Field errors of a page's forms in the staff's language: the API's messages are English for
 * developers, so each field has its own text in the bundle ({@code <area>.error.<field>}), and an
 * unexpected one falls back to a general text ({@code <area>.error.other}) with the original message.
 */
abstract class FormErrors {

	private final MessageSource messages;

	private final String area;

	FormErrors(MessageSource messages, String area) {
		this.messages = messages;
		this.area = area;
	}

	/** Field → text, first error per field; {@code form} when the error names no field. */
	Map<String, String> of(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				errors.putIfAbsent(f.field(), messages.getMessage(area + ".error." + f.field(), null,
						messages.getMessage(area + ".error.other", new Object[] { f.message() }, locale), locale));
			}
		}
		if (errors.isEmpty()) {
			errors.put("form", messages.getMessage(area + ".error.other", new Object[] { ex.getMessage() }, locale));
		}
		return errors;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
