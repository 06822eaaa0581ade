package org.anju.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * An improvement action (整改措施) decided in the monthly review: what, who owns it (a staff member
 * or a name), by when, how far; linked to the topics and complaints that prompted it. Topic codes
 * and complaint ids are kept as comma-separated lists: they are shown, never queried.
 */
@Entity
@Table(name = "report_action")
class ImprovementAction extends BaseEntity {

	private long projectId;

	private String title;

	private String description;

	private Long ownerStaffId;

	private String ownerName;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private boolean publicAction;

	private String topicCodes;

	private String complaintIds;

	private Instant createdAt;

	private Instant updatedAt;

	protected ImprovementAction() {
	}

	ImprovementAction(long projectId, Instant now) {
		this.projectId = projectId;
		this.status = ActionStatus.OPEN;
		this.createdAt = now;
	}

	void update(String title, String description, Long ownerStaffId, String ownerName, LocalDate dueDate,
			ActionStatus status, boolean publicAction, List<String> topics, List<Long> complaints, Instant now) {
		this.title = title;
		this.description = description;
		this.ownerStaffId = ownerStaffId;
		this.ownerName = ownerName;
		this.dueDate = dueDate;
		this.status = status == null ? this.status : status;
		this.publicAction = publicAction;
		this.topicCodes = topics.isEmpty() ? null : String.join(",", topics);
		this.complaintIds = complaints.isEmpty() ? null
				: String.join(",", complaints.stream().map(String::valueOf).toList());
		this.updatedAt = now;
	}

	long getProjectId() {
		return projectId;
	}

	ActionView view() {
		return new ActionView(getId(), getVersion(), projectId, title, description, ownerStaffId, ownerName, dueDate,
				status, publicAction, split(topicCodes), split(complaintIds).stream().map(Long::valueOf).toList(),
				createdAt, updatedAt);
	}

	PublicAction publicView() {
		return new PublicAction(getId(), title, description, dueDate, status, split(topicCodes), updatedAt);
	}

	private static List<String> split(String list) {
		return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
	}

}
