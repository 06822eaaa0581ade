package org.anju.organisation;

import jakarta.persistence.Entity;

import org.anju.platform.persistence.BaseEntity;

/** A department of one project, e.g. the project's ENGINEERING department (工程部). */
@Entity
class Department extends BaseEntity {

	private long projectId;

	private String code;

	private String name;

	protected Department() {
	}

	Department(long projectId, String code, String name) {
		this.projectId = projectId;
		this.code = code;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	long getProjectId() {
		return projectId;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

}
