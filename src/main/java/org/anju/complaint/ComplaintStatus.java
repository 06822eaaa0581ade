package org.anju.complaint;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands. Escalation is an attribute, not a status. */
public enum ComplaintStatus {

	/** 已受理 */
	RECEIVED,
	/** 已派单 */
	ASSIGNED,
	/** 处理中 */
	IN_PROGRESS,
	/** 挂起: waiting for parts, a third party or the owner, with a reason and an expected date. */
	ON_HOLD,
	/** 已处理待回访: fixed, waiting for the owner's feedback or the callback. */
	RESOLVED,
	/** 已办结 */
	CLOSED,
	/** 重新打开 (二次投诉): the owner was not satisfied; back into handling. */
	REOPENED,
	/** 已撤销 */
	CANCELLED;

	/** Statuses in which someone still has to work on the complaint. */
	public static final Set<ComplaintStatus> OPEN = EnumSet.of(RECEIVED, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
