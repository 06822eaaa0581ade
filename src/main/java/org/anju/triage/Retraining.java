package org.anju.triage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.anju.triage.classifier.Classifier;
import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Folds staff corrections into a new model. Both the current and the new model are measured on
 * the evaluation files ({@code anju.triage.evaluation-files}); the new one replaces the current
 * one unless its topic accuracy drops by more than {@value #TOLERANCE} on any of them.
 */
@Component
class Retraining {

	static final double TOLERANCE = 0.02;

	private static final Logger log = LoggerFactory.getLogger(Retraining.class);

	private final Triage triage;

	private final Taxonomy taxonomy;

	private final List<Path> evaluationFiles;

	Retraining(Triage triage, Taxonomy taxonomy,
			@Value("${anju.triage.evaluation-files:}") List<String> evaluationFiles) {
		this.triage = triage;
		this.taxonomy = taxonomy;
		this.evaluationFiles = evaluationFiles.stream().filter(f -> !f.isBlank()).map(Path::of)
			.filter(Files::isRegularFile).toList();
	}

	Report retrain(boolean force) {
		var trainingSet = triage.trainingSet();
		Classifier current = triage.classifier();
		Classifier candidate = Classifier.train(trainingSet);
		Map<String, Topic> topics = taxonomy.topics().stream().collect(Collectors.toMap(Topic::code, t -> t));
		List<FileScore> scores = new ArrayList<>();
		boolean better = true;
		for (Path file : evaluationFiles) {
			var texts = Corpus.read(file);
			Evaluation before = Evaluation.of(current, texts, topics);
			Evaluation after = Evaluation.of(candidate, texts, topics);
			scores.add(new FileScore(file.toString(), Score.of(before), Score.of(after)));
			better &= after.topicAccuracy() >= before.topicAccuracy() - TOLERANCE;
		}
		boolean replaced = force || better;
		if (replaced) {
			triage.replace(candidate);
		}
		int corrections = trainingSet.size() - Corpus.shipped().size();
		log.info("Retrained triage on {} texts ({} corrections): {}", trainingSet.size(), corrections,
				replaced ? "in use" : "kept the old model");
		return new Report(trainingSet.size(), corrections, scores, replaced);
	}

	/** What a retraining did. */
	record Report(int trainedOn, int corrections, List<FileScore> evaluations, boolean replaced) {
	}

	/** Accuracy of the old and the new model on one evaluation file. */
	record FileScore(String file, Score before, Score after) {
	}

	record Score(double topic, double category, double department, double urgency) {

		static Score of(Evaluation e) {
			return new Score(e.topicAccuracy(), e.categoryAccuracy(), e.departmentAccuracy(), e.urgencyAccuracy());
		}

	}

}
