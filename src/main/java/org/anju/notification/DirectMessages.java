package org.anju.notification;

import java.util.Map;

import org.anju.notification.Message.RecipientType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message that belongs to no complaint — a verification code — sent for another module
 * through the outbox: queued in the caller's transaction (once per key), delivered by the delivery
 * job with its retries, and never held back by the quiet hours, because someone is waiting for it.
 */
@Service
@Transactional
public class DirectMessages {

	private final Outbox outbox;

	DirectMessages(Outbox outbox) {
		this.outbox = outbox;
	}

	public void sms(String key, String mobile, String subject, String text) {
		outbox.queue(key, null, new Recipient(RecipientType.CALLER, null, null, null, Map.of(ChannelKind.SMS, mobile)),
				subject, text, true);
	}

}
