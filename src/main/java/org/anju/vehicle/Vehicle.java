package org.anju.vehicle;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;

import org.anju.platform.persistence.BaseEntity;

/** A household's vehicle and its parking space; removed vehicles stay, inactive, for the record. */
@Entity
class Vehicle extends BaseEntity {

	private long projectId;

	private long householdId;

	private Long residentId;

	private String plate;

	private String brand;

	private String colour;

	private String parkingSpace;

	private LocalDate leaseExpires;

	private LocalDate leaseRemindedFor;

	private boolean active;

	private Instant createdAt;

	protected Vehicle() {
	}

	Vehicle(long projectId, long householdId, Instant createdAt) {
		this.projectId = projectId;
		this.householdId = householdId;
		this.createdAt = createdAt;
		this.active = true;
	}

	void update(String plate, String brand, String colour, Long residentId, String parkingSpace,
			LocalDate leaseExpires) {
		this.plate = plate;
		this.brand = brand;
		this.colour = colour;
		this.residentId = residentId;
		this.parkingSpace = parkingSpace;
		this.leaseExpires = leaseExpires;
	}

	void deactivate() {
		this.active = false;
	}

	/** The reminder for the current expiry date went out. */
	void reminded() {
		this.leaseRemindedFor = leaseExpires;
	}

	long getProjectId() { return projectId; }
	long getHouseholdId() { return householdId; }
	Long getResidentId() { return residentId; }
	String getPlate() { return plate; }
	String getBrand() { return brand; }
	String getColour() { return colour; }
	String getParkingSpace() { return parkingSpace; }
	LocalDate getLeaseExpires() { return leaseExpires; }
	LocalDate getLeaseRemindedFor() { return leaseRemindedFor; }
	boolean isActive() { return active; }
	Instant getCreatedAt() { return createdAt; }

}
