package org.anju.directory;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.anju.platform.persistence.BaseEntity;

/** A dwelling (房号) in a unit, e.g. room "1201" on floor 12. */
@Entity
class Household extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Unit unit;

	private String room;

	private Integer floor;

	private BigDecimal areaSqm;

	private boolean notifyAllMembers;

	protected Household() {
	}

	Household(Unit unit, String room, Integer floor, BigDecimal areaSqm) {
		this.unit = unit;
		this.room = room;
		this.floor = floor;
		this.areaSqm = areaSqm;
	}

	void update(String room, Integer floor, BigDecimal areaSqm) {
		this.room = room;
		this.floor = floor;
		this.areaSqm = areaSqm;
	}

	/** Whether every member of the household hears about its complaints, not only the complainant. */
	void notifyAllMembers(boolean all) {
		this.notifyAllMembers = all;
	}

	boolean isNotifyAllMembers() {
		return notifyAllMembers;
	}

	/** The address owners and staff use, e.g. "3栋2单元1201". */
	String label() {
		return unit.getBuilding().getName() + unit.getName() + room;
	}

	Unit getUnit() {
		return unit;
	}

	String getRoom() {
		return room;
	}

	Integer getFloor() {
		return floor;
	}

	BigDecimal getAreaSqm() {
		return areaSqm;
	}

}
