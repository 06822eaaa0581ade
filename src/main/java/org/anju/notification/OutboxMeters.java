package org.anju.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.anju.platform.ops.MetricsSettings;
import org.springframework.stereotype.Component;

/**
 * {@code anju.outbox.messages}: the outbox backlog — messages still queued (waiting for delivery or
 * a retry), those failed for good and those set aside as uncertain after a crash mid-send; each one
 * COUNT cached a few seconds.
 */
@Component
class OutboxMeters {

	OutboxMeters(MeterRegistry registry, MessageRepository messages, MetricsSettings settings) {
		for (Message.Status status : new Message.Status[] { Message.Status.QUEUED, Message.Status.FAILED,
				Message.Status.UNCERTAIN }) {
			var count = settings.cached(() -> messages.countByStatus(status));
			Gauge.builder("anju.outbox.messages", () -> count.get())
				.description("Outbox messages queued, failed or uncertain").tag("status", status.name())
				.register(registry);
		}
	}

}
