package org.anju.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.anju.platform.persistence.BaseEntity;

/** A managed residential compound (小区, 项目). */
@Entity
class Project extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Company company;

	private String code;

	private String name;

	private String address;

	protected Project() {
	}

	Project(Company company, String code, String name, String address) {
		this.company = company;
		this.code = code;
		this.name = name;
		this.address = address;
	}

	void update(String name, String address) {
		this.name = name;
		this.address = address;
	}

	Company getCompany() {
		return company;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getAddress() {
		return address;
	}

}
