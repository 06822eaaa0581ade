package org.anju.triage.classifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.anju.triage.TriageResult.Candidate;
import org.anju.triage.Urgency;

/**
 * The complaint classifier: a logistic regression for the topic, a second one for the urgency
 * (which also sees the predicted topic, the usual urgency being the prior), and high-precision
 * rules for emergencies and risk flags. Immutable and thread-safe; retraining builds a new one.
 */
public final class Classifier {

	/** Inverse regularisation strength of both models, chosen by five-fold cross-validation on the corpus. */
	static final double C = 64;

	/** The topic for text that fits nothing, including text with no Chinese at all. */
	public static final String FALLBACK_TOPIC = "OTHER";

	private final LinearModel topics;

	private final LinearModel urgencies;

	private final int trainedOn;

	private Classifier(LinearModel topics, LinearModel urgencies, int trainedOn) {
		this.topics = topics;
		this.urgencies = urgencies;
		this.trainedOn = trainedOn;
	}

	public static Classifier train(List<LabelledText> examples) {
		List<Set<String>> features = new ArrayList<>();
		List<Set<String>> withTopic = new ArrayList<>();
		for (LabelledText example : examples) {
			Set<String> f = Features.of(TextNormaliser.normalise(example.text()));
			features.add(f);
			withTopic.add(withTopic(f, example.topic()));
		}
		LinearModel topics = LinearModel.train(features, examples.stream().map(LabelledText::topic).toList(), C);
		LinearModel urgencies = LinearModel.train(withTopic, examples.stream().map(LabelledText::urgency).toList(), C);
		return new Classifier(topics, urgencies, examples.size());
	}

	public Prediction classify(String text) {
		String normalised = TextNormaliser.normalise(text);
		Set<String> features = Features.of(normalised);
		List<LinearModel.Scored> scored = topics.predict(features);
		List<Candidate> alternatives = scored.stream().limit(3).map(s -> new Candidate(s.label(), s.probability()))
			.toList();
		String topic = scored.get(0).label();
		double confidence = scored.get(0).probability();
		if (!TextNormaliser.hasChinese(normalised)) {
			topic = FALLBACK_TOPIC;
			confidence = Math.min(confidence, 0.05);
		}
		Urgency urgency = Signals.emergency(normalised) ? Urgency.EMERGENCY
				: Urgency.valueOf(urgencies.predict(withTopic(features, topic)).get(0).label());
		return new Prediction(topic, confidence, urgency, Signals.flags(normalised), alternatives);
	}

	/** The topics this classifier can predict. */
	public List<String> topics() {
		return topics.labels();
	}

	public int trainedOn() {
		return trainedOn;
	}

	private static Set<String> withTopic(Set<String> features, String topic) {
		Set<String> copy = new HashSet<>(features);
		copy.add("topic:" + topic);
		return copy;
	}

}
