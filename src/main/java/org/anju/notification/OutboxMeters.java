package org.anju.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.anju.platform.ops.MetricsSettings;
import org.springframework.stereotype.Component;

/**
 * {@code anju.outbox.messages}: the outbox backlog — messages still queued (waiting for delivery or
 * a retry) and those failed for good; each one COUNT cached a few seconds.
 */
@Component
class OutboxMeters {

	OutboxMeters(MeterRegistry registry, MessageRepository messages, MetricsSettings settings) {
		for (Message.Status status : new Message.Status[] { Message.Status.QUEUED, Message.Status.FAILED }) {
			var count = settings.cached(() -> messages.countByStatus(status));
			Gauge.builder("anju.outbox.messages", () -> count.get())
				.description("Outbox messages queued or failed").tag("status", status.name())
				.register(registry);
		}
	}

}
