package org.anju.shift;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** A post or desk of a project that is staffed in shifts (客服中心, 东门岗, 监控室). */
@Entity
@Table(name = "shift_post")
class Post extends BaseEntity {

	private long projectId;

	private String name;

	private Instant createdAt;

	private String createdBy;

	protected Post() {
	}

	Post(long projectId, String name, Instant createdAt, String createdBy) {
		this.projectId = projectId;
		this.name = name;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	long getProjectId() { return projectId; }
	String getName() { return name; }

	PostRef ref() {
		return new PostRef(getId(), projectId, name);
	}

}
