package org.anju.triage;

import java.util.List;
import java.util.Set;

/**
 * What triage made of a text: the topic with its confidence (0–1), the category and department
 * that follow from it, the urgency the text calls for, risk flags, and the runners-up.
 */
public record TriageResult(String topic, String category, String department, Urgency urgency, double confidence,
		Set<Flag> flags, List<Candidate> alternatives) {

	/** Another topic the classifier considered, with its probability. */
	public record Candidate(String topic, double probability) {
	}

}
