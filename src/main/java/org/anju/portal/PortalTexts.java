package org.anju.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The portal's texts in the owner's language (Chinese unless they chose English). */
@Component
class PortalTexts {

	private final MessageSource messages;

	PortalTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** In Chinese whatever the owner reads: for text that goes into the complaint, which staff read. */
	String chinese(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
