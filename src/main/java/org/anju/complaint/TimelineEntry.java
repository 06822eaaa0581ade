package org.anju.complaint;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.anju.platform.security.Actor;
import org.hibernate.annotations.Immutable;

/** One thing that happened to a complaint. Entries are only ever appended, never changed. */
@Entity
@Table(name = "complaint_timeline")
@Immutable
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Complaint complaint;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private TimelineType type;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private Long actorId;

	private String actorName;

	@Enumerated(EnumType.STRING)
	private ComplaintStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ComplaintStatus toStatus;

	private String message;

	protected TimelineEntry() {
	}

	TimelineEntry(Complaint complaint, Instant occurredAt, TimelineType type, Visibility visibility, Actor actor,
			ComplaintStatus fromStatus, ComplaintStatus toStatus, String message) {
		this.complaint = complaint;
		this.occurredAt = occurredAt;
		this.type = type;
		this.visibility = visibility;
		this.actorId = actor == null || actor.staffId() == 0 ? null : actor.staffId(); // 0: the system or an owner
		this.actorName = actor == null ? null : actor.displayName();
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.message = message;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public TimelineType getType() {
		return type;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public ComplaintStatus getFromStatus() {
		return fromStatus;
	}

	public ComplaintStatus getToStatus() {
		return toStatus;
	}

	public String getMessage() {
		return message;
	}

}
