package org.anju.sla;

/** How a deadline is counted: in calendar time, or in the project's working time. */
public enum TargetUnit {

	MINUTES, HOURS, DAYS, WORKING_HOURS, WORKING_DAYS;

	boolean working() {
		return this == WORKING_HOURS || this == WORKING_DAYS;
	}

}
