package org.anju.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.anju.agenda.AppointmentKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The agenda page's forms as posted (dates and times in the company's zone). */
final class AgendaForms {

	private AgendaForms() {
	}

	/** An appointment to book; {@code acknowledgeConflicts} is set by the "book anyway" button. */
	record BookingForm(Long projectId, String title, AppointmentKind kind, List<Long> staffIds,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@DateTimeFormat(pattern = "HH:mm") LocalTime start, @DateTimeFormat(pattern = "HH:mm") LocalTime end,
			String location, String notes, Integer remindMinutesBefore, Boolean acknowledgeConflicts) {

		static BookingForm empty(LocalDate day) {
			return new BookingForm(null, null, AppointmentKind.HOME_VISIT, List.of(), day, LocalTime.of(9, 0),
					LocalTime.of(10, 0), null, null, 30, false);
		}

		public boolean books(long staffId) {
			return staffIds != null && staffIds.contains(staffId);
		}

	}

	/** A task to create. */
	record TaskForm(Long projectId, String title, Long assigneeId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, String notes) {
	}

	/** A call the agent made. */
	record CallForm(Long householdId, Long complaintId, String outcome, Long durationMinutes, String notes) {
	}

}
