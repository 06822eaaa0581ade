package org.anju.complaint;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.anju.platform.ops.MetricsSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The complaint desk's meters: {@code anju.complaints.received} (a counter per channel; its rate is
 * the intake rate) and {@code anju.complaints.open} (a gauge per open status, the queue sizes,
 * from one GROUP BY query cached a few seconds). The counter counts on this node, after the commit —
 * a plain listener with a transaction synchronisation, so that Spring Modulith does not store an
 * event publication for it on the intake path.
 */
@Component
class ComplaintMeters {

	private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);

	ComplaintMeters(MeterRegistry registry, ComplaintRepository complaints, MetricsSettings settings) {
		for (Channel channel : Channel.values()) {
			received.put(channel, Counter.builder("anju.complaints.received")
				.description("Complaints registered on this node, by channel").tag("channel", channel.name())
				.register(registry));
		}
		Supplier<Map<ComplaintStatus, Long>> open = settings.cached(() -> openByStatus(complaints));
		for (ComplaintStatus status : ComplaintStatus.OPEN) {
			Gauge.builder("anju.complaints.open", () -> open.get().getOrDefault(status, 0L))
				.description("Open complaints by status, every project").tag("status", status.name())
				.register(registry);
		}
	}

	@EventListener
	void on(ComplaintRegistered event) {
		Counter counter = received.get(event.channel());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counter.increment();
				}
			});
		}
		else {
			counter.increment();
		}
	}

	private static Map<ComplaintStatus, Long> openByStatus(ComplaintRepository complaints) {
		Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
		complaints.countByStatus(ComplaintStatus.OPEN).forEach(r -> counts.put((ComplaintStatus) r[0], (Long) r[1]));
		return counts;
	}

}
