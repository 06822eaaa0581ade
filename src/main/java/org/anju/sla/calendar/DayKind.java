package org.anju.sla.calendar;

/** How a calendar entry departs from the ordinary Monday-to-Friday week. */
public enum DayKind {

	/** A day off, even when it falls on a weekday. */
	HOLIDAY,

	/** A weekend day that is a working day (调休). */
	WORKDAY

}
