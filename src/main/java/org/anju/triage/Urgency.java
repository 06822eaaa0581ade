package org.anju.triage;

/** How fast a complaint must be acted on. */
public enum Urgency {

	/** A person is in danger or damage is spreading now (someone trapped in a lift, fire, flooding). */
	EMERGENCY,
	/** A shared service is down or an owner is blocked (lift out of service, no water). */
	URGENT,
	NORMAL

}
