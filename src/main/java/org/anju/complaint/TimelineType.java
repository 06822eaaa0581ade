package org.anju.complaint;

/** What happened, as recorded on the timeline. */
public enum TimelineType {

	CREATED, CLASSIFIED, ASSIGNED, REASSIGNED, STATUS_CHANGED, NOTE, CONTACT, ATTACHMENT, LINKED, ESCALATED, ALERTED,
	COMPLEXITY, DEADLINE, NOTIFIED,
	/** The owner added to the complaint: a reply, a second message, the same thing through another channel. */
	OWNER_MESSAGE,
	/** A playbook step done or a required record taken (the knowledge module's checklist). */
	PLAYBOOK

}
