package org.anju.shift;

import java.time.Instant;
import java.util.List;

/**
 * A shift and its handover log as the API and the console show it; {@code previousShiftId} and
 * {@code nextShiftId} are the neighbouring shifts of the post.
 */
public record ShiftView(long id, long version, long postId, String post, long projectId, Instant startsAt,
		Instant endsAt, ShiftStatus status, List<StaffOnShift> staff, List<String> events, List<Equipment> equipment,
		List<ItemView> pendingItems, Instant submittedAt, String submittedBy, Instant acknowledgedAt,
		String acknowledgedBy, Long previousShiftId, Long nextShiftId) {

	/** A staff member on the shift. */
	public record StaffOnShift(long id, String name) {
	}

	/**
	 * A pending item on the log: {@code carriedOver} when an earlier shift wrote it;
	 * {@code closedAt}/{@code closedBy} once closed.
	 */
	public record ItemView(long id, String text, Long complaintId, String state, boolean carriedOver,
			long fromShiftId, Instant createdAt, String createdBy, Instant closedAt, String closedBy) {

		public boolean open() {
			return "OPEN".equals(state);
		}

	}

	public boolean onDuty() {
		return status == ShiftStatus.ON_DUTY;
	}

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}

}
