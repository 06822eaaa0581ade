package org.anju.notification;

import java.time.Instant;

/** A message whose delivery is uncertain, as the console lists it for an agent to check. */
public record UncertainMessage(long id, Long complaintId, String recipientName, ChannelKind channel, String address,
		String subject, String body, Instant claimedAt, String lastError) {

	static UncertainMessage of(Message m) {
		return new UncertainMessage(m.getId(), m.getComplaintId(), m.getRecipientName(), m.getChannel(),
				m.getAddress(), m.getSubject(), m.getBody(), m.getClaimedAt(), m.getLastError());
	}

}
