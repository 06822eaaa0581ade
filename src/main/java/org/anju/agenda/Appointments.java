package org.anju.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anju.complaint.Complaint;
import org.anju.directory.Directory;
import org.anju.notification.DirectMessages;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff calendar: books appointments — warning (409, with the overlapping ones) when someone
 * is already booked at the time unless the booking acknowledges it —, cancels them, and shows a
 * staff member's own week and a project's (or a department's) team view.
 */
@Service
@Transactional
public class Appointments {

	/** The longest span a calendar query covers. */
	static final int MAX_DAYS = 31;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final AppointmentRepository appointments;

	private final AgendaAccess access;

	private final Directory directory;

	private final DirectMessages messages;

	private final Clock clock;

	Appointments(AppointmentRepository appointments, AgendaAccess access, Directory directory, DirectMessages messages,
			Clock clock) {
		this.appointments = appointments;
		this.access = access;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** Books the appointment; colleagues booked by someone else hear of it in their inbox. */
	public AppointmentView book(Booking booking, Actor actor) {
		check(booking);
		Complaint complaint = access.complaint(booking.complaintId(), actor);
		long projectId = access.project(booking.projectId(), complaint, actor);
		access.household(booking.householdId(), projectId);
		Set<Long> staffIds = new LinkedHashSet<>(booking.staffIds() == null || booking.staffIds().isEmpty()
				? List.of(actor.staffId()) : booking.staffIds());
		List<StaffRef> staff = access.staff(staffIds, projectId, actor);
		List<Appointment> overlapping = appointments.ofStaff(staffIds, booking.startsAt(), booking.endsAt());
		if (!overlapping.isEmpty() && !Boolean.TRUE.equals(booking.acknowledgeConflicts())) {
			throw new BookingConflictException(overlapping.stream().map(a -> view(a, actor)).toList());
		}
		Instant now = clock.instant();
		Appointment appointment = appointments.save(new Appointment(projectId, booking.title().strip(), booking.kind(),
				staffIds, booking.startsAt(), booking.endsAt(), complaint != null && booking.householdId() == null
						? complaint.getHouseholdId() : booking.householdId(),
				booking.complaintId(), blankToNull(booking.location()), blankToNull(booking.notes()),
				booking.remindMinutesBefore(), !overlapping.isEmpty(), actor.staffId(), now));
		String when = MINUTE.format(appointment.getStartsAt().atZone(clock.getZone()));
		staff.stream().filter(s -> s.id() != actor.staffId()).forEach(s -> messages.toStaff(
				"agenda-booked:" + appointment.getId(), s.id(), s.displayName(), "新日程：" + appointment.getTitle(),
				actor.displayName() + " 为您安排了日程「" + appointment.getTitle() + "」，" + when + " 开始。"));
		return view(appointment, actor);
	}

	@Transactional(readOnly = true)
	public AppointmentView get(long id, Actor actor) {
		return view(visible(id, actor), actor);
	}

	/** Cancels it: someone booked, whoever booked it, or a lead. A cancelled one no longer conflicts. */
	public AppointmentView cancel(long id, Actor actor) {
		Appointment appointment = visible(id, actor);
		if (!appointment.getStaffIds().contains(actor.staffId()) && appointment.getCreatedBy() != actor.staffId()) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		appointment.cancel(clock.instant());
		return view(appointments.saveAndFlush(appointment), actor);
	}

	/** The actor's own appointments on the days from {@code from} to {@code to}, in time order. */
	@Transactional(readOnly = true)
	public List<AppointmentView> mine(LocalDate from, LocalDate to, Actor actor) {
		Instant[] span = span(from, to);
		return appointments.ofStaff(Set.of(actor.staffId()), span[0], span[1]).stream()
			.filter(a -> actor.canSee(a.getProjectId()))
			.map(a -> view(a, actor))
			.toList();
	}

	/**
	 * A project's appointments on the days from {@code from} to {@code to}, or those of one
	 * department's staff when {@code department} is given (404 unless the actor sees the project).
	 */
	@Transactional(readOnly = true)
	public List<AppointmentView> team(long projectId, String department, LocalDate from, LocalDate to, Actor actor) {
		directory.projectIdsFor(projectId, actor);
		Instant[] span = span(from, to);
		return appointments.ofProject(projectId, span[0], span[1]).stream()
			.map(a -> view(a, actor))
			.filter(v -> department == null || department.isBlank()
					|| v.staff().stream().anyMatch(p -> department.equals(p.department())))
			.toList();
	}

	private Instant[] span(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
			throw new InvalidInputException("to", "must be on or after from, and at most " + MAX_DAYS + " days later");
		}
		ZoneId zone = clock.getZone();
		return new Instant[] { from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant() };
	}

	private Appointment visible(long id, Actor actor) {
		return appointments.findById(id).filter(a -> actor.canSee(a.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Appointment", id));
	}

	/** The appointment as the actor may see it: one of a project they do not see shows no details. */
	private AppointmentView view(Appointment a, Actor actor) {
		List<AppointmentView.Person> staff = a.getStaffIds().stream()
			.map(id -> new AppointmentView.Person(id, access.name(id), access.departmentOf(id)))
			.toList();
		if (!actor.canSee(a.getProjectId())) {
			return new AppointmentView(a.getId(), a.getProjectId(), "（其他项目的日程）", a.getKind(), a.getStartsAt(),
					a.getEndsAt(), staff, null, null, null, null, null, null, a.isConflictAcknowledged(),
					a.getCancelledAt() != null);
		}
		return new AppointmentView(a.getId(), a.getProjectId(), a.getTitle(), a.getKind(), a.getStartsAt(),
				a.getEndsAt(), staff, a.getHouseholdId(), access.householdLabel(a.getHouseholdId()), a.getComplaintId(),
				a.getLocation(), a.getNotes(), a.getRemindMinutesBefore(), a.isConflictAcknowledged(),
				a.getCancelledAt() != null);
	}

	private static void check(Booking b) {
		List<FieldError> errors = new ArrayList<>();
		if (b.title() == null || b.title().isBlank()) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (b.title().length() > 200) {
			errors.add(new FieldError("title", "is longer than 200 characters"));
		}
		if (b.kind() == null) {
			errors.add(new FieldError("kind", "is required"));
		}
		if (b.startsAt() == null) {
			errors.add(new FieldError("startsAt", "is required"));
		}
		if (b.endsAt() == null) {
			errors.add(new FieldError("endsAt", "is required"));
		}
		else if (b.startsAt() != null && !b.endsAt().isAfter(b.startsAt())) {
			errors.add(new FieldError("endsAt", "must lie after the start"));
		}
		else if (b.startsAt() != null && Duration.between(b.startsAt(), b.endsAt()).toDays() >= 1) {
			errors.add(new FieldError("endsAt", "must lie within a day of the start"));
		}
		if (b.remindMinutesBefore() != null && (b.remindMinutesBefore() < 0 || b.remindMinutesBefore() > 10_080)) {
			errors.add(new FieldError("remindMinutesBefore", "must be between 0 and 10080 (a week)"));
		}
		if (b.location() != null && b.location().length() > 200) {
			errors.add(new FieldError("location", "is longer than 200 characters"));
		}
		if (b.notes() != null && b.notes().length() > 2000) {
			errors.add(new FieldError("notes", "is longer than 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
