package org.anju.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.anju.platform.ops.MetricsSettings;
import org.springframework.stereotype.Component;

/** {@code anju.inbound.quarantined}: inbound messages waiting in quarantine for an admin; one COUNT cached a few seconds. */
@Component
class InboundMeters {

	InboundMeters(MeterRegistry registry, InboundMessageRepository messages, MetricsSettings settings) {
		var quarantined = settings.cached(() -> messages.countByStatus(InboundStatus.QUARANTINED));
		Gauge.builder("anju.inbound.quarantined", () -> quarantined.get())
			.description("Inbound messages in quarantine").register(registry);
	}

}
