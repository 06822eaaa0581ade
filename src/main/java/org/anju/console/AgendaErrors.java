package org.anju.console;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Field errors of the agenda forms ({@code agenda.error.<field>}). */
@Component
class AgendaErrors extends FormErrors {

	AgendaErrors(MessageSource messages) {
		super(messages, "agenda");
	}

}
