package org.anju.console;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Field errors of the hotline forms ({@code hotline.error.<field>}). */
@Component
class HotlineErrors extends FormErrors {

	HotlineErrors(MessageSource messages) {
		super(messages, "hotline");
	}

}
