package org.anju.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.anju.platform.persistence.BaseEntity;

/** A stairway unit (单元) of a building, e.g. "2单元". */
@Entity
class Unit extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Building building;

	private String name;

	protected Unit() {
	}

	Unit(Building building, String name) {
		this.building = building;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	Building getBuilding() {
		return building;
	}

	String getName() {
		return name;
	}

}
