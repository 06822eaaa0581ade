package org.anju.complaint;

import java.time.Instant;

import org.anju.triage.Urgency;

/**
 * What is known when a complaint is recorded. The complainant is a resident ({@code residentId}),
 * or a caller known by name and phone, optionally placed in a household or described by an address.
 */
public record NewComplaint(Long projectId, Long residentId, Long householdId, String complainantName,
		String complainantPhone, String complainantAddress, Channel channel, Instant receivedAt, String title,
		String content, String location, String topic, Urgency urgency) {
}
