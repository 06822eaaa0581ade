package org.anju.visitor;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.web.ConflictException;

/**
 * One visitor at the gate: checked in once the host household confirmed by a call (INSIDE), checked
 * out when leaving (LEFT); a visit the host refused is kept as REFUSED and never entered.
 */
@Entity
@Table(name = "visitor_visit")
class Visit extends BaseEntity {

	enum Status { INSIDE, LEFT, REFUSED }

	private long projectId;

	private String visitorName;

	@Enumerated(EnumType.STRING)
	private IdType idType;

	private String idMasked;

	private String idHash;

	private long householdId;

	@Enumerated(EnumType.STRING)
	private HostDecision hostDecision;

	private String hostConfirmedBy;

	private Instant hostConfirmedAt;

	private String purpose;

	private String plate;

	private String badge;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant timeIn;

	private Instant expectedOut;

	private Instant timeOut;

	private String recordedBy;

	private String checkedOutBy;

	protected Visit() {
	}

	Visit(long projectId, String visitorName, IdType idType, IdNumbers.Stored id, long householdId,
			HostDecision hostDecision, String hostConfirmedBy, String purpose, String plate, String badge, Instant now,
			Instant expectedOut, String recordedBy) {
		this.projectId = projectId;
		this.visitorName = visitorName;
		this.idType = idType;
		this.idMasked = id.masked();
		this.idHash = id.hash();
		this.householdId = householdId;
		this.hostDecision = hostDecision;
		this.hostConfirmedBy = hostConfirmedBy;
		this.hostConfirmedAt = now;
		this.purpose = purpose;
		this.plate = plate;
		this.recordedBy = recordedBy;
		if (hostDecision == HostDecision.CONFIRMED) {
			this.status = Status.INSIDE;
			this.badge = badge;
			this.timeIn = now;
			this.expectedOut = expectedOut;
		}
		else {
			this.status = Status.REFUSED;
		}
	}

	void checkOut(Instant at, String by) {
		if (status != Status.INSIDE) {
			throw new ConflictException("Visit " + getId() + " is " + status + ", not inside",
					Map.of("currentState", status.name()));
		}
		this.status = Status.LEFT;
		this.timeOut = at;
		this.checkedOutBy = by;
	}

	long getProjectId() { return projectId; }
	String getVisitorName() { return visitorName; }
	IdType getIdType() { return idType; }
	String getIdMasked() { return idMasked; }
	String getIdHash() { return idHash; }
	long getHouseholdId() { return householdId; }
	HostDecision getHostDecision() { return hostDecision; }
	String getHostConfirmedBy() { return hostConfirmedBy; }
	Instant getHostConfirmedAt() { return hostConfirmedAt; }
	String getPurpose() { return purpose; }
	String getPlate() { return plate; }
	String getBadge() { return badge; }
	Status getStatus() { return status; }
	Instant getTimeIn() { return timeIn; }
	Instant getExpectedOut() { return expectedOut; }
	Instant getTimeOut() { return timeOut; }
	String getRecordedBy() { return recordedBy; }
	String getCheckedOutBy() { return checkedOutBy; }

}
