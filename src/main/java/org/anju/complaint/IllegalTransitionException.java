package org.anju.complaint;

import java.util.Map;

import org.anju.platform.web.ConflictException;

/** The lifecycle forbids this action in the complaint's current status (HTTP 409 naming the status). */
public class IllegalTransitionException extends ConflictException {

	IllegalTransitionException(String number, String action, ComplaintStatus current) {
		super("Complaint " + number + " is " + current + "; it cannot " + action + " now.",
				Map.of("currentState", current.name(), "action", action));
	}

}
