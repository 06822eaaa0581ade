package org.anju.sla.calendar;

/** A calendar file that cannot be read, with the 1-based number of the offending line. */
public class CalendarFileException extends RuntimeException {

	private final int line;

	CalendarFileException(int line, String message) {
		super("Line " + line + ": " + message);
		this.line = line;
	}

	public int line() {
		return line;
	}

}
