package org.anju.survey;

import java.util.List;

/**
 * A project's latest survey round (the current quarter's or the last one before), without personal
 * data, for the public board: the quarter, how many households were asked and answered, and the
 * average per element. {@code quarter} is null (and the lists empty) while the project has no round.
 */
public record SurveySummary(String quarter, int sampled, long answered, Double responseRate,
		List<ElementAverage> elements) {

	static SurveySummary none() {
		return new SurveySummary(null, 0, 0, null, List.of());
	}

	/** One element's average score (1 to 5; null while nobody answered) with its names. */
	public record ElementAverage(String element, String nameZh, String nameEn, Double average) {
	}

}
