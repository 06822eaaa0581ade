package org.anju.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/**
 * A household drawn for a round: when it was invited and reminded, and when and how it answered.
 * A household answers once; the version column makes a simultaneous second answer fail too.
 */
@Entity
@Table(name = "survey_sample")
class Sample extends BaseEntity {

	/** Who entered the answer: the owner (portal, app) or staff after a phone interview. */
	enum Via {
		OWNER, STAFF
	}

	private long roundId;

	private long projectId;

	private int quarterIndex;

	private long householdId;

	private long buildingId;

	private Instant invitedAt;

	private Instant remindedAt;

	private Instant answeredAt;

	@Enumerated(EnumType.STRING)
	private Via answeredVia;

	private Long residentId;

	private String enteredBy;

	protected Sample() {
	}

	Sample(Round round, long householdId, long buildingId, Instant invitedAt) {
		this.roundId = round.getId();
		this.projectId = round.getProjectId();
		this.quarterIndex = round.getQuarterIndex();
		this.householdId = householdId;
		this.buildingId = buildingId;
		this.invitedAt = invitedAt;
	}

	void answered(Instant at, Via via, Long residentId, String enteredBy) {
		if (answeredAt != null) {
			throw new ConflictException("This household already answered the survey (" + answeredVia + ", " + answeredAt
					+ "); the first answer counts.");
		}
		this.answeredAt = at;
		this.answeredVia = via;
		this.residentId = residentId;
		this.enteredBy = enteredBy;
	}

	void reminded(Instant at) {
		this.remindedAt = at;
	}

	boolean isAnswered() {
		return answeredAt != null;
	}

	long getRoundId() { return roundId; }
	long getProjectId() { return projectId; }
	long getHouseholdId() { return householdId; }
	long getBuildingId() { return buildingId; }
	Instant getInvitedAt() { return invitedAt; }
	Instant getRemindedAt() { return remindedAt; }
	Instant getAnsweredAt() { return answeredAt; }
	Via getAnsweredVia() { return answeredVia; }
	Long getResidentId() { return residentId; }
	String getEnteredBy() { return enteredBy; }

}
