package org.anju.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;

/** The in-app inbox: the message is stored for the recipient (once per message). */
@Component
class InboxChannel implements Channel {

	private final InboxRepository inbox;

	private final Clock clock;

	InboxChannel(InboxRepository inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.INBOX;
	}

	@Override
	public void send(Message message) throws DeliveryException {
		if (message.getRecipientId() == null) {
			throw new DeliveryException("no inbox for a caller without an account");
		}
		if (!inbox.existsByMessageId(message.getId())) {
			inbox.save(new InboxItem(message, clock.instant()));
		}
	}

}
