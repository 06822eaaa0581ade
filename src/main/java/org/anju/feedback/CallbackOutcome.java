package org.anju.feedback;

/** What the callback (回访) found: the owner satisfied, not satisfied, or not reached. */
public enum CallbackOutcome {

	SATISFIED, NOT_SATISFIED, UNREACHABLE;

	boolean reached() {
		return this != UNREACHABLE;
	}

}
