package org.anju.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.anju.platform.persistence.BaseEntity;

/** A building (楼栋) of a project, e.g. "3栋". */
@Entity
class Building extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	private String name;

	protected Building() {
	}

	Building(Project project, String name) {
		this.project = project;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	Project getProject() {
		return project;
	}

	String getName() {
		return name;
	}

}
