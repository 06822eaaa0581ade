package org.anju.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.notification.Message.RecipientType;

/**
 * Someone to tell, with the addresses they can be reached at by channel, preferred channel first,
 * and their household (for residents) so that deliveries can be told per household.
 */
record Recipient(RecipientType type, Long id, String name, Long householdId, Map<ChannelKind, String> addresses) {

	/** The same recipient with {@code first} (if they have it) ahead of their preferred channel. */
	Recipient preferring(ChannelKind first) {
		if (first == null || !addresses.containsKey(first)) {
			return this;
		}
		Map<ChannelKind, String> reordered = new LinkedHashMap<>();
		reordered.put(first, addresses.get(first));
		reordered.putAll(addresses);
		return new Recipient(type, id, name, householdId, reordered);
	}

}
