package org.anju.survey;

import java.time.LocalDate;

import org.anju.platform.web.InvalidInputException;

/** A calendar quarter such as "2026-Q4"; {@code index} counts quarters, so that the previous one is index − 1. */
record Quarter(int year, int number) {

	static Quarter parse(String text) {
		if (text == null || !text.matches("20\\d\\d-Q[1-4]")) {
			throw new InvalidInputException("quarter", "a quarter such as 2026-Q4");
		}
		return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
	}

	static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	int index() {
		return year * 4 + number - 1;
	}

	/** "2026年第4季度", for the messages to owners. */
	String chinese() {
		return year + "年第" + number + "季度";
	}

	@Override
	public String toString() {
		return year + "-Q" + number;
	}

}
