package org.anju.console;

import java.util.Arrays;
import java.util.Optional;

/** The complaint queues of the console, in the order of their tabs; the slug is the URL's last part. */
enum Queue {

	MINE, DEPARTMENT, TRIAGE, DUE, OVERDUE, ESCALATED, HOLD, CALLBACK, REVIEW, REPEATS, ALL;

	/** Public because the templates call it (SpEL sees public methods only). */
	public String slug() {
		return name().toLowerCase();
	}

	static Optional<Queue> of(String slug) {
		return Arrays.stream(values()).filter(q -> q.slug().equals(slug)).findFirst();
	}

}
