package org.anju.intake;

import java.time.Instant;

import org.anju.complaint.Channel;

/**
 * A message as a channel received it: its raw bytes (mail source, WeChat XML, form JSON) and
 * what the channel could read off the envelope. {@code externalId} (Message-ID, MsgId, order
 * number) makes a replay recognisable; {@code projectId} is set when the channel knows it.
 */
record Inbound(Channel channel, String externalId, Long projectId, String sender, String subject, byte[] raw,
		String rawType, Instant arrivedAt) {
}
