package org.anju.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * A mass notice (群发通知) to a whole project, some buildings or some units, sent at a scheduled
 * time to every resident on every channel they have; each copy is a message in the outbox.
 */
@Entity
@Table(name = "notice")
class Notice extends BaseEntity {

	enum Kind {
		WATER_CUT, POWER_CUT, GAS_CUT, DOOR_CODE, FEE, WORKS, OTHER
	}

	enum Status {
		SCHEDULED, SENT
	}

	private long projectId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private String body;

	private String buildingIds;

	private String unitIds;

	private Instant scheduledAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String createdBy;

	private Instant createdAt;

	private Instant sentAt;

	private Integer households;

	protected Notice() {
	}

	Notice(long projectId, Kind kind, String title, String body, Set<Long> buildingIds, Set<Long> unitIds,
			Instant scheduledAt, String createdBy, Instant createdAt) {
		this.projectId = projectId;
		this.kind = kind;
		this.title = title;
		this.body = body;
		this.buildingIds = join(buildingIds);
		this.unitIds = join(unitIds);
		this.scheduledAt = scheduledAt;
		this.status = Status.SCHEDULED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void sent(Instant at, int households) {
		this.status = Status.SENT;
		this.sentAt = at;
		this.households = households;
	}

	private static String join(Set<Long> ids) {
		return ids == null || ids.isEmpty() ? null : ids.stream().sorted().map(String::valueOf)
			.collect(Collectors.joining(","));
	}

	private static Set<Long> split(String ids) {
		return ids == null ? Set.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).collect(Collectors.toSet());
	}

	long getProjectId() { return projectId; }
	Kind getKind() { return kind; }
	String getTitle() { return title; }
	String getBody() { return body; }
	Set<Long> getBuildingIds() { return split(buildingIds); }
	Set<Long> getUnitIds() { return split(unitIds); }
	Instant getScheduledAt() { return scheduledAt; }
	Status getStatus() { return status; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
	Instant getSentAt() { return sentAt; }
	Integer getHouseholds() { return households; }

}
