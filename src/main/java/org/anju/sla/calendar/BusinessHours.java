package org.anju.sla.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** The opening hours of a working day, without a lunch break, in the local time of {@code zone}. */
public record BusinessHours(LocalTime opens, LocalTime closes, ZoneId zone) {

	/** 08:30 to 18:00 Beijing time. */
	public static final BusinessHours DEFAULT = new BusinessHours(LocalTime.of(8, 30), LocalTime.of(18, 0),
			ZoneId.of("Asia/Shanghai"));

	public BusinessHours {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		Objects.requireNonNull(zone, "zone");
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Business hours must open before they close: " + opens + "–" + closes);
		}
	}

}
