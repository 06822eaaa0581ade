package org.anju.sla;

import java.time.Instant;

/**
 * A complaint's first-contact and resolution clocks as a person reads them: when each is due,
 * whether it was missed, and the working minutes left (null once the clock has stopped). On hold
 * the resolution clock stands still, and the time it had left when it stopped is what is left.
 */
public record ComplaintClocks(Instant firstContactDue, Instant firstContactedAt, boolean firstContactBreached,
		Long firstContactMinutesLeft, Instant resolutionDue, boolean resolutionBreached, Long resolutionMinutesLeft,
		boolean onHold, long heldMinutes, boolean complex, Instant callbackDue, boolean open) {
}
