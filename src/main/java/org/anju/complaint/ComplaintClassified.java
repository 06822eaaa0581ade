package org.anju.complaint;

import org.anju.triage.Urgency;

/** Triage or a person set the complaint's topic and urgency. */
public record ComplaintClassified(long complaintId, String topic, Urgency urgency, Double confidence,
		boolean byPerson) {
}
