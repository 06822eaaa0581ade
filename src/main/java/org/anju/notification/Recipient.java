package org.anju.notification;

import java.util.Map;

import org.anju.notification.Message.RecipientType;

/**
 * Someone to tell, with the addresses they can be reached at by channel, preferred channel first,
 * and their household (for residents) so that deliveries can be told per household.
 */
record Recipient(RecipientType type, Long id, String name, Long householdId, Map<ChannelKind, String> addresses) {
}
