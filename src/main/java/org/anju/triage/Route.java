package org.anju.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** A project's own department for a topic, overriding the taxonomy's default (the routing table). */
@Entity
@Table(name = "triage_route")
class Route extends BaseEntity {

	private long projectId;

	private String topic;

	private String department;

	protected Route() {
	}

	Route(long projectId, String topic, String department) {
		this.projectId = projectId;
		this.topic = topic;
		this.department = department;
	}

	void reroute(String department) {
		this.department = department;
	}

	long getProjectId() {
		return projectId;
	}

	String getTopic() {
		return topic;
	}

	String getDepartment() {
		return department;
	}

}
