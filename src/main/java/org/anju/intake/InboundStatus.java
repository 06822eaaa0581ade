package org.anju.intake;

/** What became of an inbound message. */
public enum InboundStatus {

	/** Kept, not yet handled (or handling failed before it was quarantined). */
	RECEIVED,
	/** It became a new complaint. */
	ACCEPTED,
	/** The same person's open complaint about the same thing took it (a duplicate across channels). */
	MERGED,
	/** A reply or follow-up, added to the complaint it names. */
	THREADED,
	/** Not a complaint: an auto-reply, a bounce, a mail loop, a binding step. */
	IGNORED,
	/** Refused or not understood; waits for an admin with its raw content and reason. */
	QUARANTINED,
	/** An admin turned a quarantined message into a complaint by hand. */
	RESOLVED,
	/** An admin decided a quarantined message needs nothing. */
	DISCARDED

}
