package org.anju.complaint;

/** How two complaints relate. */
public enum LinkType {

	/** The same owner complains again about the same matter (重复投诉). */
	REPEAT,
	/** Another report of the same incident (e.g. several owners report one broken lift). */
	DUPLICATE,
	RELATED

}
