package org.anju.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.anju.notification.DirectMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the appointment reminders that fell due: to each staff member booked, in their console
 * inbox, once (the appointment remembers it was reminded, and the outbox key is per appointment).
 * A reminder the scheduler missed until the appointment ended is dropped, not sent late.
 */
@Service
@Transactional
public class Reminders {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final AppointmentRepository appointments;

	private final AgendaAccess access;

	private final DirectMessages messages;

	private final Clock clock;

	Reminders(AppointmentRepository appointments, AgendaAccess access, DirectMessages messages, Clock clock) {
		this.appointments = appointments;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends what is due at {@code now}; returns how many staff members were reminded. */
	public int sendDue(Instant now) {
		int sent = 0;
		for (Appointment a : appointments.remindersDue(now)) {
			if (!a.remind(now) || !a.getEndsAt().isAfter(now)) {
				continue;
			}
			String when = MINUTE.format(a.getStartsAt().atZone(clock.getZone()));
			String where = a.getLocation() != null ? a.getLocation() : access.householdLabel(a.getHouseholdId());
			for (long staffId : a.getStaffIds()) {
				messages.toStaff("agenda-reminder:" + a.getId(), staffId, access.name(staffId), "日程提醒：" + a.getTitle(),
						"您的日程「" + a.getTitle() + "」将于 " + when + " 开始" + (where == null ? "" : "，地点：" + where) + "。");
				sent++;
			}
		}
		return sent;
	}

}
