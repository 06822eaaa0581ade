package org.anju.triage;

/** Risk and handling signals read from a complaint's text (or found by the complaint desk). */
public enum Flag {

	/** Insults, repeated exclamation marks, "再不处理就…". */
	HIGH_EMOTION,
	/** Threatens to call the 12345 city hotline or another government line. */
	THREATENS_12345,
	/** Threatens to go to the press or social media. */
	THREATENS_MEDIA,
	/** Threatens a lawyer or a lawsuit. */
	THREATENS_LAWYER,
	/** Demands compensation. */
	COMPENSATION,
	/** Several owners complain together (联名, 很多业主). */
	GROUP_COMPLAINT,
	/** The classifier is unsure; a person must classify it. */
	LOW_CONFIDENCE,
	/** 二次投诉: the same household complained about the same topic recently or still has it open. */
	REPEAT;

	/** Flags that bring the complaint to a supervisor's attention. */
	public boolean needsSupervisor() {
		return this != LOW_CONFIDENCE;
	}

	/** Flags of a major complaint, which the project manager handles in person. */
	public boolean needsManager() {
		return this == THREATENS_MEDIA || this == GROUP_COMPLAINT;
	}

}
