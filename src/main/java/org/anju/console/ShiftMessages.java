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
 * The texts of the shift and visitor pages (bundle {@code i18n/post}): field errors in the staff's
 * language — the API's messages are English, so each field has its own text ({@code <prefix><field>})
 * and an unexpected one falls back to {@code post.error.other} with the original message.
 */
@Component
class ShiftMessages {

	private final MessageSource messages;

	ShiftMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Field → text, first error per field. */
	Map<String, String> of(InvalidInputException ex, String prefix) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				errors.putIfAbsent(f.field(), messages.getMessage(prefix + f.field(), null,
						messages.getMessage("post.error.other", new Object[] { f.message() }, locale), locale));
			}
		}
		if (errors.isEmpty()) {
			errors.put("form", messages.getMessage("post.error.other", new Object[] { ex.getMessage() }, locale));
		}
		return errors;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
