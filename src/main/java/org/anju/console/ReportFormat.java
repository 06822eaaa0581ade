package org.anju.console;

import java.util.Locale;
import java.util.Set;

/**
 * How the report pages write numbers: counts whole, rates as percents with one decimal, times
 * and stars with one decimal, and a dash where there is nothing to measure. The kind of a
 * headline figure follows from its name in {@code MonthlyReport.Summary}.
 */
enum ReportFormat {

	COUNT, RATE, DECIMAL;

	static final String NONE = "—";

	private static final Set<String> COUNTS = Set.of("received", "valid", "communicative", "unknownNature", "repeat",
			"escalated", "resolved", "resolutions", "reviewsDone", "backlogAtEnd");

	/** Figures where more is better; the others are better lower, except {@link #NEUTRAL}. */
	private static final Set<String> HIGHER_BETTER = Set.of("firstContactOnTimeRate", "resolutionOnTimeRate",
			"feedbackRate", "averageStars", "satisfactionRate", "satisfiedAfterReview");

	/** Figures that are neither better nor worse for being higher. */
	private static final Set<String> NEUTRAL = Set.of("communicative", "unknownNature", "resolved", "resolutions",
			"reviewsDone");

	static ReportFormat of(String figure) {
		if (COUNTS.contains(figure)) {
			return COUNT;
		}
		return figure.endsWith("Rate") || figure.equals("satisfiedAfterReview") ? RATE : DECIMAL;
	}

	String format(Number value) {
		if (value == null) {
			return NONE;
		}
		return switch (this) {
			case COUNT -> String.valueOf(Math.round(value.doubleValue()));
			case RATE -> percent(value.doubleValue());
			case DECIMAL -> String.format(Locale.ROOT, "%.1f", value.doubleValue());
		};
	}

	/** A change with its sign; a rate's change in percentage points ({@code unit}). */
	String change(Double value, String pointsUnit) {
		if (value == null) {
			return NONE;
		}
		return switch (this) {
			case COUNT -> String.format(Locale.ROOT, "%+d", Math.round(value));
			case RATE -> String.format(Locale.ROOT, "%+.1f", value * 100) + pointsUnit;
			case DECIMAL -> String.format(Locale.ROOT, "%+.1f", value);
		};
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	/** {@code better}, {@code worse} or {@code same}, for the arrow's colour. */
	static String trend(String figure, Double change) {
		if (change == null || Math.abs(change) < 1e-9 || NEUTRAL.contains(figure)) {
			return "same";
		}
		boolean up = change > 0;
		return up == HIGHER_BETTER.contains(figure) ? "better" : "worse";
	}

	/** ▲ for up, ▼ for down, nothing for no change. */
	static String arrow(Double change) {
		if (change == null || Math.abs(change) < 1e-9) {
			return "";
		}
		return change > 0 ? "▲" : "▼";
	}

}
