package org.anju.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Field errors of the agenda forms in the staff's language ({@code agenda.error.<field>}), an
 * unexpected one falling back to a general text with the API's message.
 */
@Component
class AgendaErrors {

	private final MessageSource messages;

	AgendaErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Field → text, first error per field; {@code form} when the error names no field. */
	Map<String, String> of(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				errors.putIfAbsent(f.field(), messages.getMessage("agenda.error." + f.field(), null,
						messages.getMessage("agenda.error.other", new Object[] { f.message() }, locale), locale));
			}
		}
		if (errors.isEmpty()) {
			errors.put("form", messages.getMessage("agenda.error.other", new Object[] { ex.getMessage() }, locale));
		}
		return errors;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
