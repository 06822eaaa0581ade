package org.anju.visitor;

import java.time.Instant;

/**
 * A visit as the API and console show it: the ID only masked; {@code previousVisits} counts the
 * same visitor's earlier visits to the project (only when the installation has an ID key).
 */
public record VisitView(long id, long projectId, String visitorName, IdType idType, String idNumber,
		long householdId, String household, HostDecision hostDecision, String hostConfirmedBy,
		Instant hostConfirmedAt, String purpose, String plate, String badge, String status, Instant timeIn,
		Instant expectedOut, Instant timeOut, String recordedBy, String checkedOutBy, Long previousVisits,
		boolean overdue) {
}
