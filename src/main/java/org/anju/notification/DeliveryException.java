package org.anju.notification;

/** A channel could not deliver a message; the reason is kept on the message. */
class DeliveryException extends Exception {

	DeliveryException(String reason) {
		super(reason);
	}

	DeliveryException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
