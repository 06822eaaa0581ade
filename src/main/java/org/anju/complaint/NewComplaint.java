package org.anju.complaint;

import java.time.Instant;

import org.anju.triage.Urgency;

/**
 * What is known when a complaint is recorded. The complainant is a resident ({@code residentId}),
 * or someone known by name and phone or e-mail address, optionally placed in a household or
 * described by an address. {@code arrivedAt} is when Anju got the message (the intake latency is
 * measured from it; now if not given); {@code externalRef} and {@code externalDue} carry an
 * outside work order's number and deadline (a 12345 city-hotline order).
 */
public record NewComplaint(Long projectId, Long residentId, Long householdId, String complainantName,
		String complainantPhone, String complainantEmail, String complainantAddress, Channel channel,
		Instant receivedAt, Instant arrivedAt, String title, String content, String location, String topic,
		Urgency urgency, String externalRef, Instant externalDue) {

	/** A complaint entered by staff on the spot. */
	public NewComplaint(Long projectId, Long residentId, Long householdId, String complainantName,
			String complainantPhone, String complainantAddress, Channel channel, Instant receivedAt, String title,
			String content, String location, String topic, Urgency urgency) {
		this(projectId, residentId, householdId, complainantName, complainantPhone, null, complainantAddress, channel,
				receivedAt, null, title, content, location, topic, urgency, null, null);
	}

}
