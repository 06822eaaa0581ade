package org.anju.complaint;

/** What kind of complaint it turned out to be; UNKNOWN until someone judges it. */
public enum Nature {

	/** 有效投诉: a verified failure of the company or its staff. */
	VALID,
	/** 求助型: the owner needs help. */
	HELP,
	/** 咨询型: a question or a suggestion. */
	CONSULT,
	/** 发泄型: a grievance or a misunderstanding. */
	VENT,
	UNKNOWN

}
