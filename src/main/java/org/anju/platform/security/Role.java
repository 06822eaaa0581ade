package org.anju.platform.security;

/** What a staff member may do. A staff member may hold several roles. */
public enum Role {

	/** 客服管家: takes complaints, dispatches them, keeps the owner informed, calls back. */
	AGENT,
	/** 部门员工: a member of a department who handles the complaints assigned to them. */
	STAFF,
	/** 主管: leads a department; may cancel, escalate and reassign. */
	SUPERVISOR,
	/** 项目经理: runs a project (小区); may do everything within it, including the roster. */
	MANAGER,
	/** 复查组: follows up low scores and reopened complaints a second time. */
	REVIEWER,
	/** System administrator: companies, projects and staff everywhere. */
	ADMIN

}
