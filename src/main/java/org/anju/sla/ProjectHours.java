package org.anju.sla;

import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.sla.calendar.BusinessHours;

/** A project's own business hours and time zone (the default is 08:30–18:00, Asia/Shanghai). */
@Entity
@Table(name = "sla_business_hours")
class ProjectHours {

	@Id
	private Long projectId;

	@Version
	private long version;

	private LocalTime opens;

	private LocalTime closes;

	private String zone;

	protected ProjectHours() {
	}

	ProjectHours(long projectId, BusinessHours hours) {
		this.projectId = projectId;
		change(hours);
	}

	void change(BusinessHours hours) {
		this.opens = hours.opens();
		this.closes = hours.closes();
		this.zone = hours.zone().getId();
	}

	BusinessHours toHours() {
		return new BusinessHours(opens, closes, ZoneId.of(zone));
	}

}
