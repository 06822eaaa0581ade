package org.anju.agenda;

import java.time.Instant;
import java.util.List;

/**
 * An appointment as the calendar shows it. {@code conflictAcknowledged}: it was booked although
 * someone was booked elsewhere at the time (the warning stays visible).
 */
public record AppointmentView(long id, long projectId, String title, AppointmentKind kind, Instant startsAt,
		Instant endsAt, List<Person> staff, Long householdId, String household, Long complaintId, String location,
		String notes, Integer remindMinutesBefore, boolean conflictAcknowledged, boolean cancelled) {

	/** A staff member booked. */
	public record Person(long id, String name, String department) {
	}

}
