package org.anju.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anju.triage.classifier.Classifier;
import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.LabelledText;
import org.anju.triage.classifier.Prediction;
import org.anju.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies complaint text: topic with confidence, the category and department that follow
 * (with the project's routing), the urgency the text calls for and risk flags. The model is
 * trained on start from the shipped corpus plus the corrections staff have made, and again on
 * {@link #retrain}.
 */
@Service
public class Triage implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(Triage.class);

	private final Taxonomy taxonomy;

	private final ExampleRepository examples;

	private final Clock clock;

	private final double threshold;

	private volatile Classifier classifier;

	Triage(Taxonomy taxonomy, ExampleRepository examples, Clock clock,
			@Value("${anju.triage.confidence-threshold:0.4}") double threshold) {
		this.taxonomy = taxonomy;
		this.examples = examples;
		this.clock = clock;
		this.threshold = threshold;
	}

	@Override
	public void afterSingletonsInstantiated() {
		classifier = Classifier.train(trainingSet());
		log.info("Triage classifier trained on {} texts", classifier.trainedOn());
	}

	/** Classifies text for a project (whose routing decides the department); {@code projectId} may be null. */
	public TriageResult classify(String text, Long projectId) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "must not be blank");
		}
		Prediction p = classifier.classify(text);
		Topic topic = taxonomy.topic(p.topic()).orElseGet(() -> taxonomy.topic(Classifier.FALLBACK_TOPIC).orElseThrow());
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		flags.addAll(p.flags());
		if (p.confidence() < threshold) {
			flags.add(Flag.LOW_CONFIDENCE);
		}
		String department = projectId == null ? topic.department() : taxonomy.departmentFor(projectId, topic.code());
		return new TriageResult(topic.code(), topic.category().name(), department, p.urgency(), p.confidence(), flags,
				p.alternatives());
	}

	/** Stores a person's classification of a text as a training example for the next model. */
	@Transactional
	public void recordCorrection(String text, String topic, Urgency urgency, long staffId) {
		examples.save(new Example(text, topic, urgency, staffId, clock.instant()));
	}

	double threshold() {
		return threshold;
	}

	Classifier classifier() {
		return classifier;
	}

	void replace(Classifier trained) {
		this.classifier = trained;
	}

	/** The shipped corpus plus every correction staff made. */
	List<LabelledText> trainingSet() {
		List<LabelledText> set = new ArrayList<>(Corpus.shipped());
		examples.findAll().forEach(e -> set.add(new LabelledText("correction-" + e.getId(), e.getText(), e.getTopic(),
				e.getUrgency().name())));
		return set;
	}

}
