package org.anju.notification;

import java.util.Map;

import org.anju.notification.Message.RecipientType;

/** Someone to tell, with the addresses they can be reached at by channel, preferred channel first. */
record Recipient(RecipientType type, Long id, String name, Map<ChannelKind, String> addresses) {
}
