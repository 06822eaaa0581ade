package org.anju.report;

/** Where an improvement action stands. */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED

}
