package org.anju.console;

import java.util.Set;

import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complexity;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.anju.console.WorkbenchAction.APPROVE_COMPLEX;
import static org.anju.console.WorkbenchAction.ASSIGN;
import static org.anju.console.WorkbenchAction.ATTACH;
import static org.anju.console.WorkbenchAction.CANCEL;
import static org.anju.console.WorkbenchAction.CLASSIFY;
import static org.anju.console.WorkbenchAction.CLOSE;
import static org.anju.console.WorkbenchAction.CONTACT;
import static org.anju.console.WorkbenchAction.ESCALATE;
import static org.anju.console.WorkbenchAction.HOLD;
import static org.anju.console.WorkbenchAction.LINK;
import static org.anju.console.WorkbenchAction.NOTE;
import static org.anju.console.WorkbenchAction.PUBLISH;
import static org.anju.console.WorkbenchAction.REASSIGN;
import static org.anju.console.WorkbenchAction.REOPEN;
import static org.anju.console.WorkbenchAction.REQUEST_COMPLEX;
import static org.anju.console.WorkbenchAction.RESOLVE;
import static org.anju.console.WorkbenchAction.RESUME;
import static org.anju.console.WorkbenchAction.START;
import static org.anju.console.WorkbenchAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchActionsTest {

	static final long ASSIGNEE = 7;

	static Actor actor(long id, Role role) {
		return new Actor(id, "u" + id, "员工" + id, Set.of(role), Set.of(1L));
	}

	static Set<WorkbenchAction> allowed(ComplaintStatus status, Actor actor) {
		return WorkbenchActions.allowed(status, ASSIGNEE, Complexity.NONE, actor);
	}

	@Test
	void anAgentAssignsAReceivedComplaintButDoesNotWorkOnIt() {
		Actor agent = actor(1, Role.AGENT);
		assertThat(WorkbenchActions.allowed(ComplaintStatus.RECEIVED, null, Complexity.NONE, agent))
			.containsExactlyInAnyOrder(CLASSIFY, ASSIGN, CONTACT, NOTE, LINK, ATTACH);
		assertThat(allowed(ComplaintStatus.IN_PROGRESS, agent)).contains(REASSIGN)
			.doesNotContain(ASSIGN, HOLD, RESOLVE, CANCEL, ESCALATE, REQUEST_COMPLEX);
	}

	@Test
	void theAssigneeStartsHoldsResumesAndResolves() {
		Actor assignee = actor(ASSIGNEE, Role.STAFF);
		assertThat(allowed(ComplaintStatus.ASSIGNED, assignee)).contains(START).doesNotContain(HOLD, RESOLVE, REASSIGN);
		assertThat(allowed(ComplaintStatus.IN_PROGRESS, assignee)).contains(HOLD, RESOLVE, REQUEST_COMPLEX)
			.doesNotContain(START, RESUME, CLOSE, CANCEL, ESCALATE, LINK);
		assertThat(allowed(ComplaintStatus.ON_HOLD, assignee)).contains(RESUME).doesNotContain(HOLD, RESOLVE);
		assertThat(allowed(ComplaintStatus.REOPENED, assignee)).contains(START);
		assertThat(allowed(ComplaintStatus.RESOLVED, assignee)).containsExactlyInAnyOrder(CONTACT, NOTE, ATTACH);
	}

	@Test
	void anotherStaffMemberOnlyNotesContactsAndAttaches() {
		Actor other = actor(99, Role.STAFF);
		assertThat(allowed(ComplaintStatus.IN_PROGRESS, other)).containsExactlyInAnyOrder(CONTACT, NOTE, ATTACH);
		assertThat(allowed(ComplaintStatus.ASSIGNED, other)).doesNotContain(START);
	}

	@Test
	void aSupervisorLeadsEveryOpenComplaint() {
		Actor supervisor = actor(50, Role.SUPERVISOR);
		assertThat(allowed(ComplaintStatus.IN_PROGRESS, supervisor))
			.contains(REASSIGN, HOLD, RESOLVE, ESCALATE, CANCEL, REQUEST_COMPLEX, LINK);
		assertThat(WorkbenchActions.allowed(ComplaintStatus.IN_PROGRESS, ASSIGNEE, Complexity.REQUESTED, supervisor))
			.contains(APPROVE_COMPLEX).doesNotContain(REQUEST_COMPLEX);
		assertThat(WorkbenchActions.allowed(ComplaintStatus.IN_PROGRESS, ASSIGNEE, Complexity.APPROVED, supervisor))
			.doesNotContain(APPROVE_COMPLEX, REQUEST_COMPLEX);
	}

	@Test
	void onlyLeadsApproveComplexCases() {
		assertThat(WorkbenchActions.allowed(ComplaintStatus.IN_PROGRESS, ASSIGNEE, Complexity.REQUESTED,
				actor(ASSIGNEE, Role.STAFF))).doesNotContain(APPROVE_COMPLEX, REQUEST_COMPLEX);
	}

	@Test
	void aResolvedComplaintIsClosedOrReopenedByCustomerServiceAndReviewers() {
		assertThat(allowed(ComplaintStatus.RESOLVED, actor(1, Role.AGENT))).contains(CLOSE, REOPEN)
			.doesNotContain(ESCALATE, CANCEL, REASSIGN);
		assertThat(allowed(ComplaintStatus.RESOLVED, actor(2, Role.REVIEWER))).contains(CLOSE, REOPEN, LINK);
		assertThat(allowed(ComplaintStatus.CLOSED, actor(1, Role.AGENT))).contains(REOPEN).doesNotContain(CLOSE);
	}

	@Test
	void aFinishedComplaintTakesNoLifecycleStep() {
		Actor manager = actor(60, Role.MANAGER);
		assertThat(allowed(ComplaintStatus.CANCELLED, manager)).containsExactlyInAnyOrder(NOTE, LINK, ATTACH);
		assertThat(allowed(ComplaintStatus.CLOSED, manager)).containsExactlyInAnyOrder(REOPEN, CONTACT, NOTE, LINK,
				ATTACH, PUBLISH, WITHDRAW);
	}

	@Test
	void dispatchersReclassifyUntilTheComplaintIsClosed() {
		for (Role role : new Role[] { Role.AGENT, Role.SUPERVISOR, Role.MANAGER }) {
			assertThat(allowed(ComplaintStatus.IN_PROGRESS, actor(5, role))).as(role.name()).contains(CLASSIFY);
			assertThat(allowed(ComplaintStatus.RESOLVED, actor(5, role))).as(role.name()).contains(CLASSIFY);
			assertThat(allowed(ComplaintStatus.CLOSED, actor(5, role))).as(role.name()).doesNotContain(CLASSIFY);
			assertThat(allowed(ComplaintStatus.CANCELLED, actor(5, role))).as(role.name()).doesNotContain(CLASSIFY);
		}
		assertThat(allowed(ComplaintStatus.IN_PROGRESS, actor(ASSIGNEE, Role.STAFF))).doesNotContain(CLASSIFY);
		assertThat(allowed(ComplaintStatus.RESOLVED, actor(2, Role.REVIEWER))).doesNotContain(CLASSIFY);
	}

	@Test
	void anAdministratorMayDoWhatTheLifecycleAllows() {
		Actor admin = new Actor(1, "admin", "管理员", Set.of(Role.ADMIN), Set.of());
		assertThat(allowed(ComplaintStatus.IN_PROGRESS, admin)).contains(REASSIGN, HOLD, RESOLVE, ESCALATE, CANCEL);
	}

	@Test
	void dispatchersPublishTheMeasureOfAFinishedComplaint() {
		for (Role role : new Role[] { Role.AGENT, Role.SUPERVISOR, Role.MANAGER }) {
			assertThat(allowed(ComplaintStatus.RESOLVED, actor(5, role))).as(role.name()).contains(PUBLISH, WITHDRAW);
			assertThat(allowed(ComplaintStatus.CLOSED, actor(5, role))).as(role.name()).contains(PUBLISH);
			assertThat(allowed(ComplaintStatus.IN_PROGRESS, actor(5, role))).as(role.name()).doesNotContain(PUBLISH);
		}
		assertThat(allowed(ComplaintStatus.RESOLVED, actor(ASSIGNEE, Role.STAFF))).doesNotContain(PUBLISH, WITHDRAW);
		assertThat(allowed(ComplaintStatus.RESOLVED, actor(2, Role.REVIEWER))).doesNotContain(PUBLISH, WITHDRAW);
	}

}
