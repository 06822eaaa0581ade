package org.anju.platform.web;

import java.time.Duration;

/** A limit that protects someone was reached (codes sent, wrong codes tried): 429, try again later. */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
