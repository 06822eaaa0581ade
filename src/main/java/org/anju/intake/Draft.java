package org.anju.intake;

import java.time.Instant;

import org.anju.complaint.Channel;
import org.anju.complaint.NewComplaint;
import org.anju.directory.ResidentRef;
import org.anju.triage.Urgency;

/** A complaint being put together from an inbound message, filled in by its channel. */
final class Draft {

	private final Channel channel;

	private final Instant arrivedAt;

	private Long projectId;

	private Long residentId;

	private Long householdId;

	private String name;

	private String phone;

	private String email;

	private String address;

	private Instant receivedAt;

	private String title;

	private String content;

	private String location;

	private String topic;

	private Urgency urgency;

	private String externalRef;

	private Instant externalDue;

	Draft(Channel channel, Instant arrivedAt) {
		this.channel = channel;
		this.arrivedAt = arrivedAt;
	}

	Draft from(ResidentRef resident) {
		residentId = resident.id();
		projectId = resident.household().projectId();
		return this;
	}

	/** Someone unregistered, known by what they gave. */
	Draft from(Long project, String name, String phone, String email, String address) {
		this.projectId = project;
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.address = address;
		return this;
	}

	Draft household(Long householdId) {
		this.householdId = householdId;
		return this;
	}

	Draft receivedAt(Instant receivedAt) {
		this.receivedAt = receivedAt;
		return this;
	}

	Draft text(String title, String content) {
		this.title = title;
		this.content = content;
		return this;
	}

	Draft location(String location) {
		this.location = location;
		return this;
	}

	Draft chosen(String topic, Urgency urgency) {
		this.topic = topic;
		this.urgency = urgency;
		return this;
	}

	Draft external(String reference, Instant due) {
		this.externalRef = reference;
		this.externalDue = due;
		return this;
	}

	NewComplaint toNewComplaint() {
		return new NewComplaint(projectId, residentId, householdId, name, phone, email, address, channel, receivedAt,
				arrivedAt, title, content, location, topic, urgency, externalRef, externalDue);
	}

}
