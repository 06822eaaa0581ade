package org.anju.agenda;

import java.time.Instant;
import java.util.List;

/**
 * An appointment to book. {@code staffIds} empty books the actor; {@code projectId} may be left
 * out when the complaint (or the actor's only project) tells it; {@code acknowledgeConflicts}
 * keeps the booking although someone is booked elsewhere at the time (saved with a warning).
 */
public record Booking(Long projectId, String title, AppointmentKind kind, List<Long> staffIds, Instant startsAt,
		Instant endsAt, Long householdId, Long complaintId, String location, String notes,
		Integer remindMinutesBefore, Boolean acknowledgeConflicts) {
}
