package org.anju.visitor;

import java.time.Instant;

/**
 * A visitor to check in: who (the ID number is checked, then only kept masked), whom they visit
 * and what the household said on the phone ({@code hostConfirmedBy}: the member who answered),
 * why, the car, the badge handed out, and optionally when they are expected to leave.
 */
public record NewVisit(Long projectId, String visitorName, IdType idType, String idNumber, Long householdId,
		HostDecision hostDecision, String hostConfirmedBy, String purpose, String plate, String badge,
		Instant expectedOut) {
}
