package org.anju.organisation;

/** A department of a project as other modules see it, with its version for stale-edit detection. */
public record DepartmentRef(long id, long version, long projectId, String code, String name) {

	static DepartmentRef of(Department d) {
		return new DepartmentRef(d.getId(), d.getVersion(), d.getProjectId(), d.getCode(), d.getName());
	}

}
