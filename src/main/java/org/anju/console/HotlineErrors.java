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
 * Field errors of the hotline forms in the staff's language: the API's messages are English for
 * developers, so each field has its own text in the bundle ({@code hotline.error.<field>}), and an
 * unexpected one falls back to a general text with the original message.
 */
@Component
class HotlineErrors {

	private final MessageSource messages;

	HotlineErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Field → text, first error per field. */
	Map<String, String> of(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				errors.putIfAbsent(f.field(), messages.getMessage("hotline.error." + f.field(), null,
						messages.getMessage("hotline.error.other", new Object[] { f.message() }, locale), locale));
			}
		}
		if (errors.isEmpty()) {
			errors.put("form", messages.getMessage("hotline.error.other", new Object[] { ex.getMessage() }, locale));
		}
		return errors;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
