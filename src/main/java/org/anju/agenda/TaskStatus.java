package org.anju.agenda;

/** A task is OPEN until its assignee (or a lead) marks it DONE, or it is CANCELLED; both are final. */
public enum TaskStatus {

	OPEN, DONE, CANCELLED

}
