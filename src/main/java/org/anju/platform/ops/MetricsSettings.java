package org.anju.platform.ops;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How the modules' gauges cache their COUNT queries ({@code anju.ops.metrics.cache-for}). */
@Component
public class MetricsSettings {

	private final Duration cacheFor;

	MetricsSettings(@Value("${anju.ops.metrics.cache-for:PT5S}") Duration cacheFor) {
		this.cacheFor = cacheFor;
	}

	/** A gauge's value source that runs at most once per the configured period. */
	public <T> Cached<T> cached(Supplier<T> source) {
		return Cached.of(source, cacheFor);
	}

}
