package org.anju.triage.classifier;

import java.util.List;
import java.util.Set;

import org.anju.triage.Flag;
import org.anju.triage.TriageResult.Candidate;
import org.anju.triage.Urgency;

/** What the models and rules say about one text, before the taxonomy and routing are applied. */
public record Prediction(String topic, double confidence, Urgency urgency, Set<Flag> flags,
		List<Candidate> alternatives) {
}
