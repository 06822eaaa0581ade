package org.anju.console;

import java.util.Locale;

/**
 * What staff can do to a complaint from the workbench; each is one form posting to {@link #path()}.
 * The review steps follow the complaint's review, and the playbook's its checklist, not the
 * complaint's status ({@code WorkbenchPage}).
 */
enum WorkbenchAction {

	CLASSIFY, ASSIGN, REASSIGN, START, CONTACT, NOTE, HOLD, RESUME, REQUEST_COMPLEX, APPROVE_COMPLEX, ESCALATE, RESOLVE, CLOSE,
	REOPEN, CANCEL, LINK, ATTACH, CALLBACK, REVIEW_TAKE, REVIEW_RECORD, REVIEW_FINISH, PLAYBOOK_APPLY,
	PLAYBOOK_TICK, PLAYBOOK_RECORD, PUBLISH, WITHDRAW;

	/** The last part of the form's URL and the id stem of its elements, e.g. {@code request-complex}. */
	String path() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
