package org.anju.sla;

/** The deadlines Anju keeps for a complaint. */
public enum ClockKind {

	/** Reach the owner (首次联系). */
	FIRST_CONTACT,
	/** Solve it (处理时限). */
	RESOLUTION,
	/** Tell the owner how it is going, again and again while it is open. */
	UPDATE,
	/** Call back after the fix (回访). */
	CALLBACK

}
