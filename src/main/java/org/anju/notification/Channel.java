package org.anju.notification;

/** One way of reaching people. Implementations talk to a provider; they must not touch the outbox. */
interface Channel {

	ChannelKind kind();

	/** Delivers the message or throws with the provider's reason. The idempotency key travels along. */
	void send(Message message) throws DeliveryException;

}
