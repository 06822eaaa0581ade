package org.anju.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/**
 * An appointment in the staff calendar: who is booked when, for what, perhaps at a household or
 * about a complaint; a reminder {@code remindMinutesBefore} the start goes to each of them once.
 */
@Entity
@Table(name = "agenda_appointment")
class Appointment extends BaseEntity {

	private long projectId;

	private String title;

	@Enumerated(EnumType.STRING)
	private AppointmentKind kind;

	private Instant startsAt;

	private Instant endsAt;

	private Long householdId;

	private Long complaintId;

	private String location;

	private String notes;

	private Integer remindMinutesBefore;

	private Instant remindAt;

	private Instant remindedAt;

	private boolean conflictAcknowledged;

	private Instant cancelledAt;

	private long createdBy;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agenda_appointment_staff", joinColumns = @JoinColumn(name = "appointment_id"))
	@Column(name = "staff_id")
	private Set<Long> staffIds = new LinkedHashSet<>();

	protected Appointment() {
	}

	Appointment(long projectId, String title, AppointmentKind kind, Set<Long> staffIds, Instant startsAt,
			Instant endsAt, Long householdId, Long complaintId, String location, String notes,
			Integer remindMinutesBefore, boolean conflictAcknowledged, long createdBy, Instant now) {
		this.projectId = projectId;
		this.title = title;
		this.kind = kind;
		this.staffIds.addAll(staffIds);
		this.startsAt = startsAt.truncatedTo(ChronoUnit.MICROS);
		this.endsAt = endsAt.truncatedTo(ChronoUnit.MICROS);
		this.householdId = householdId;
		this.complaintId = complaintId;
		this.location = location;
		this.notes = notes;
		this.remindMinutesBefore = remindMinutesBefore;
		this.remindAt = remindMinutesBefore == null ? null
				: this.startsAt.minus(Duration.ofMinutes(remindMinutesBefore));
		this.conflictAcknowledged = conflictAcknowledged;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void cancel(Instant now) {
		if (cancelledAt != null) {
			throw new ConflictException("Appointment " + getId() + " was cancelled at " + cancelledAt);
		}
		cancelledAt = now;
	}

	/** Marks the reminder sent; false if it had been (or the appointment is cancelled). */
	boolean remind(Instant now) {
		if (remindedAt != null || cancelledAt != null) {
			return false;
		}
		remindedAt = now;
		return true;
	}

	long getProjectId() { return projectId; }
	String getTitle() { return title; }
	AppointmentKind getKind() { return kind; }
	Instant getStartsAt() { return startsAt; }
	Instant getEndsAt() { return endsAt; }
	Long getHouseholdId() { return householdId; }
	Long getComplaintId() { return complaintId; }
	String getLocation() { return location; }
	String getNotes() { return notes; }
	Integer getRemindMinutesBefore() { return remindMinutesBefore; }
	Instant getRemindedAt() { return remindedAt; }
	boolean isConflictAcknowledged() { return conflictAcknowledged; }
	Instant getCancelledAt() { return cancelledAt; }
	long getCreatedBy() { return createdBy; }
	Set<Long> getStaffIds() { return Set.copyOf(staffIds); }

}
