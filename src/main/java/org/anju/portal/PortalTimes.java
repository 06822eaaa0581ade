package org.anju.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates and times as the owner reads them, in the company's time zone (the clock's). */
@Component
class PortalTimes {

	private final DateTimeFormatter date;

	private final DateTimeFormatter dateTime;

	PortalTimes(Clock clock) {
		this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
		this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
	}

	public String date(Instant at) {
		return at == null ? "" : date.format(at);
	}

	public String dateTime(Instant at) {
		return at == null ? "" : dateTime.format(at);
	}

}
