package org.anju.shift;

import java.util.List;

/**
 * What a shift has to do, available once the previous shift's handover is acknowledged: the open
 * pending items of the post and the keys and equipment it received.
 */
public record Duties(long shiftId, String post, List<ShiftView.ItemView> pendingItems,
		List<Equipment> equipmentReceived, Long previousShiftId) {
}
