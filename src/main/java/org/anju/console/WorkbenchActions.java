package org.anju.console;

import java.util.EnumSet;
import java.util.Set;

import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complexity;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;

import static org.anju.complaint.ComplaintStatus.ASSIGNED;
import static org.anju.complaint.ComplaintStatus.CANCELLED;
import static org.anju.complaint.ComplaintStatus.CLOSED;
import static org.anju.complaint.ComplaintStatus.IN_PROGRESS;
import static org.anju.complaint.ComplaintStatus.ON_HOLD;
import static org.anju.complaint.ComplaintStatus.RECEIVED;
import static org.anju.complaint.ComplaintStatus.REOPENED;
import static org.anju.complaint.ComplaintStatus.RESOLVED;

/**
 * Which actions the workbench offers now: those the lifecycle allows in the complaint's status
 * AND the user's role allows (the rules of {@code Complaints} and {@code Complaint}, mirrored so
 * that a button that would only be refused is never shown). The domain still checks every command.
 */
final class WorkbenchActions {

	private WorkbenchActions() {
	}

	static Set<WorkbenchAction> allowed(ComplaintStatus status, Long assigneeId, Complexity complexity, Actor actor) {
		Set<WorkbenchAction> actions = EnumSet.noneOf(WorkbenchAction.class);
		boolean open = status.isOpen();
		boolean dispatcher = actor.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		boolean lead = actor.hasAnyRole(Role.SUPERVISOR, Role.MANAGER);
		boolean handler = lead || assigneeId != null && assigneeId == actor.staffId();
		boolean closer = actor.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
		add(actions, WorkbenchAction.CLASSIFY,
				is(status, RECEIVED, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED, RESOLVED) && dispatcher);
		add(actions, WorkbenchAction.ASSIGN, status == RECEIVED && dispatcher);
		add(actions, WorkbenchAction.REASSIGN, is(status, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED) && dispatcher);
		add(actions, WorkbenchAction.START, is(status, ASSIGNED, REOPENED) && handler);
		add(actions, WorkbenchAction.HOLD, status == IN_PROGRESS && handler);
		add(actions, WorkbenchAction.RESUME, status == ON_HOLD && handler);
		add(actions, WorkbenchAction.RESOLVE, status == IN_PROGRESS && handler);
		add(actions, WorkbenchAction.REQUEST_COMPLEX, open && complexity == Complexity.NONE && handler);
		add(actions, WorkbenchAction.APPROVE_COMPLEX, open && complexity == Complexity.REQUESTED && lead);
		add(actions, WorkbenchAction.ESCALATE, open && lead);
		add(actions, WorkbenchAction.CANCEL, open && lead);
		add(actions, WorkbenchAction.CLOSE, status == RESOLVED && closer);
		add(actions, WorkbenchAction.REOPEN, is(status, RESOLVED, CLOSED) && closer);
		add(actions, WorkbenchAction.LINK, closer);
		// the measure taken, on the public board (org.anju.board.Board)
		add(actions, WorkbenchAction.PUBLISH, is(status, RESOLVED, CLOSED) && dispatcher);
		add(actions, WorkbenchAction.WITHDRAW, is(status, RESOLVED, CLOSED) && dispatcher);
		add(actions, WorkbenchAction.CONTACT, status != CANCELLED);
		add(actions, WorkbenchAction.NOTE, true);
		add(actions, WorkbenchAction.ATTACH, true);
		return actions;
	}

	private static void add(Set<WorkbenchAction> actions, WorkbenchAction action, boolean allowed) {
		if (allowed) {
			actions.add(action);
		}
	}

	private static boolean is(ComplaintStatus status, ComplaintStatus... any) {
		return Set.of(any).contains(status);
	}

}
