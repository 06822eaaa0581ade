package org.anju.agenda;

/** What an appointment is for. */
public enum AppointmentKind {

	/** 上门: a visit to a household, e.g. for a repair. */
	HOME_VISIT,
	/** 回电: a call promised to an owner. */
	CALLBACK,
	MEETING,
	OTHER

}
