package org.anju.agenda;

import java.util.List;
import java.util.Map;

import org.anju.platform.web.ConflictException;

/**
 * Someone is booked twice (HTTP 409): the problem lists the overlapping appointments under
 * {@code conflicts}; the same booking with {@code acknowledgeConflicts} is kept.
 */
public class BookingConflictException extends ConflictException {

	private final transient List<AppointmentView> conflicts;

	BookingConflictException(List<AppointmentView> conflicts) {
		super("A staff member is already booked at that time; book again with acknowledgeConflicts=true to keep both.",
				Map.of("conflicts", conflicts));
		this.conflicts = List.copyOf(conflicts);
	}

	public List<AppointmentView> conflicts() {
		return conflicts;
	}

}
