package org.anju.platform.ops;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value that is computed at most once per period, for gauges whose value is a COUNT query: every
 * Prometheus scrape (and every node's scraper) would otherwise hit the database. Timed with
 * {@link System#nanoTime()}, not the {@code Clock} bean, because it measures elapsed time on this
 * node, not business time (tests move that clock).
 */
public final class Cached<T> implements Supplier<T> {

	private final Supplier<T> source;

	private final long periodNanos;

	private T value;

	private long computedAt;

	private Cached(Supplier<T> source, Duration period) {
		this.source = source;
		this.periodNanos = period.toNanos();
	}

	public static <T> Cached<T> of(Supplier<T> source, Duration period) {
		return new Cached<>(source, period);
	}

	@Override
	public synchronized T get() {
		long now = System.nanoTime();
		if (value == null || now - computedAt >= periodNanos) {
			value = source.get();
			computedAt = now;
		}
		return value;
	}

}
