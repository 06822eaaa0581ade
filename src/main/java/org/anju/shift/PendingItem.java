package org.anju.shift;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/**
 * Something a shift leaves for the next (待办事项): it belongs to the post, so it appears on every
 * log of the post until someone closes it — who and when is recorded.
 */
@Entity
@Table(name = "shift_pending_item")
class PendingItem extends BaseEntity {

	enum State { OPEN, CLOSED }

	private long postId;

	private long projectId;

	private long shiftId;

	private String text;

	private Long complaintId;

	@Enumerated(EnumType.STRING)
	private State state = State.OPEN;

	private Instant createdAt;

	private String createdBy;

	private Instant closedAt;

	private String closedBy;

	private Long closedShiftId;

	protected PendingItem() {
	}

	PendingItem(Shift shift, String text, Long complaintId, Instant at, String by) {
		this.postId = shift.getPostId();
		this.projectId = shift.getProjectId();
		this.shiftId = shift.getId();
		this.text = text;
		this.complaintId = complaintId;
		this.createdAt = at;
		this.createdBy = by;
	}

	void close(long shiftId, Instant at, String by) {
		if (state == State.CLOSED) {
			throw new ConflictException("Pending item " + getId() + " was closed already by " + closedBy,
					Map.of("currentState", state.name()));
		}
		this.state = State.CLOSED;
		this.closedShiftId = shiftId;
		this.closedAt = at;
		this.closedBy = by;
	}

	long getPostId() { return postId; }
	long getProjectId() { return projectId; }
	long getShiftId() { return shiftId; }
	String getText() { return text; }
	Long getComplaintId() { return complaintId; }
	State getState() { return state; }
	Instant getCreatedAt() { return createdAt; }
	String getCreatedBy() { return createdBy; }
	Instant getClosedAt() { return closedAt; }
	String getClosedBy() { return closedBy; }
	Long getClosedShiftId() { return closedShiftId; }

}
