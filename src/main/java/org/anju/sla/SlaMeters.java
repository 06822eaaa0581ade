package org.anju.sla;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.anju.platform.ops.MetricsSettings;
import org.springframework.stereotype.Component;

/**
 * {@code anju.complaints.overdue}: open complaints past their first-contact or resolution deadline
 * (as the deadline scan marked them), every project; one COUNT cached a few seconds.
 */
@Component
class SlaMeters {

	SlaMeters(MeterRegistry registry, SlaQueries queries, MetricsSettings settings) {
		var overdue = settings.cached(() -> queries.countOverdue(null));
		Gauge.builder("anju.complaints.overdue", () -> overdue.get())
			.description("Open complaints past a deadline, every project").register(registry);
	}

}
