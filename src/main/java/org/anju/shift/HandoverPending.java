package org.anju.shift;

import java.util.Map;

import org.anju.platform.web.ConflictException;

/**
 * The previous shift of the post has not handed over, or its handover is not acknowledged yet
 * (HTTP 409): the new shift's duties stay closed until it is. Carries the previous shift's id so
 * that the console can link to its log.
 */
public class HandoverPending extends ConflictException {

	private final long previousShiftId;

	private final boolean submitted;

	HandoverPending(long previousShiftId, boolean submitted) {
		super(submitted ? "Read and acknowledge the previous shift's handover (shift " + previousShiftId + ") first"
				: "The previous shift (" + previousShiftId + ") has not handed over yet",
				Map.of("previousShiftId", previousShiftId, "previousSubmitted", submitted));
		this.previousShiftId = previousShiftId;
		this.submitted = submitted;
	}

	public long previousShiftId() {
		return previousShiftId;
	}

	/** Whether the previous shift has submitted its log (then only the acknowledgement is missing). */
	public boolean submitted() {
		return submitted;
	}

}
