package org.anju.report;

import java.time.Instant;
import java.util.List;

/**
 * The weekly trend report (周趋势分析): the week's intake, the backlog open at its end, each topic's
 * count against its usual level (the mean of the previous eight weeks), and the spikes — a topic
 * or building with at least max(3, 2 × usual) complaints — with the complaints behind them.
 */
public record WeeklyReport(Long projectId, String week, Instant from, Instant to, long received,
		long backlogAtEnd, List<Trend> topics, List<Spike> spikes) {

	/** A topic's count this week and its usual weekly count. */
	public record Trend(String topic, String name, long count, double usual) {
	}

	/** Far above the usual level: a TOPIC (key = topic code) or a BUILDING (key = building id). */
	public record Spike(String kind, String key, String name, long count, double usual, List<ComplaintRef> complaints) {
	}

	/** A complaint behind a spike. */
	public record ComplaintRef(long id, String number) {
	}

}
