package org.anju.complaint;

/** Whether a complaint is a complex case, whose resolution deadline is longer. */
public enum Complexity {

	NONE,
	/** Staff asked for it; a supervisor has to approve. */
	REQUESTED,
	/** Approved: the complex resolution deadline applies. */
	APPROVED

}
