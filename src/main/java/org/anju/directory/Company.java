package org.anju.directory;

import jakarta.persistence.Entity;

import org.anju.platform.persistence.BaseEntity;

/** A property-management company (物业服务企业). */
@Entity
class Company extends BaseEntity {

	private String code;

	private String name;

	protected Company() {
	}

	Company(String code, String name) {
		this.code = code;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

}
