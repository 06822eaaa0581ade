package org.anju.shift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/**
 * A shift on a post with its staff, and its handover log: written while on duty, frozen when
 * submitted, acknowledged by a member of the next shift.
 */
@Entity
@Table(name = "shift")
class Shift extends BaseEntity {

	private long postId;

	private long projectId;

	private Instant startsAt;

	private Instant endsAt;

	@Enumerated(EnumType.STRING)
	private ShiftStatus status = ShiftStatus.ON_DUTY;

	private Instant createdAt;

	private String createdBy;

	private Instant submittedAt;

	private String submittedBy;

	private Instant acknowledgedAt;

	private String acknowledgedBy;

	@ElementCollection
	@CollectionTable(name = "shift_staff", joinColumns = @JoinColumn(name = "shift_id"))
	@Column(name = "staff_id")
	private Set<Long> staffIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "shift_event", joinColumns = @JoinColumn(name = "shift_id"))
	@OrderColumn(name = "line_no")
	@Column(name = "text")
	private List<String> events = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "shift_equipment", joinColumns = @JoinColumn(name = "shift_id"))
	@OrderColumn(name = "line_no")
	private List<Equipment> equipment = new ArrayList<>();

	/** The pending items open when the shift handed over: the list the next shift read. */
	@ElementCollection
	@CollectionTable(name = "shift_handover_item", joinColumns = @JoinColumn(name = "shift_id"))
	@Column(name = "item_id")
	private Set<Long> handedOverItemIds = new HashSet<>();

	protected Shift() {
	}

	Shift(Post post, Set<Long> staffIds, Instant startsAt, Instant endsAt, Instant now, String by) {
		this.postId = post.getId();
		this.projectId = post.getProjectId();
		this.staffIds = new HashSet<>(staffIds);
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.createdAt = now;
		this.createdBy = by;
	}

	/** Replaces the log's events and equipment; only while on duty. */
	void write(List<String> events, List<Equipment> equipment) {
		requireOnDuty("write its log");
		this.events.clear();
		this.events.addAll(events);
		this.equipment.clear();
		this.equipment.addAll(equipment);
	}

	void submit(Set<Long> openItemIds, Instant at, String by) {
		requireOnDuty("hand over");
		this.handedOverItemIds.addAll(openItemIds);
		this.status = ShiftStatus.HANDED_OVER;
		this.submittedAt = at;
		this.submittedBy = by;
	}

	void acknowledge(Instant at, String by) {
		if (status != ShiftStatus.HANDED_OVER) {
			throw new ConflictException("Shift " + getId() + " has not handed over yet: there is no log to acknowledge",
					java.util.Map.of("currentState", status.name()));
		}
		if (acknowledgedAt != null) {
			throw new ConflictException("Shift " + getId() + "'s handover was acknowledged already by " + acknowledgedBy);
		}
		this.acknowledgedAt = at;
		this.acknowledgedBy = by;
	}

	void requireOnDuty(String what) {
		if (status != ShiftStatus.ON_DUTY) {
			throw new ConflictException("Shift " + getId() + " has handed over; it can no longer " + what,
					java.util.Map.of("currentState", status.name()));
		}
	}

	boolean isAcknowledged() { return acknowledgedAt != null; }
	long getPostId() { return postId; }
	long getProjectId() { return projectId; }
	Instant getStartsAt() { return startsAt; }
	Instant getEndsAt() { return endsAt; }
	ShiftStatus getStatus() { return status; }
	Instant getSubmittedAt() { return submittedAt; }
	String getSubmittedBy() { return submittedBy; }
	Instant getAcknowledgedAt() { return acknowledgedAt; }
	String getAcknowledgedBy() { return acknowledgedBy; }
	Set<Long> getStaffIds() { return staffIds; }
	List<String> getEvents() { return events; }
	List<Equipment> getEquipment() { return equipment; }
	Set<Long> getHandedOverItemIds() { return handedOverItemIds; }

}
