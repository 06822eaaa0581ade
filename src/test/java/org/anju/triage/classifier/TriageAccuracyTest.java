package org.anju.triage.classifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.anju.triage.TaxonomyFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped classifier against every labelled evaluation file beside the project
 * ({@code ../shared/triage/*.jsonl}; the classifier never trains on them): category ≥ 95%,
 * topic ≥ 85%, urgency ≥ 90%.
 */
class TriageAccuracyTest {

	static final Path EVALUATION_DIR = Path.of("../shared/triage");

	static Classifier classifier;

	@BeforeAll
	static void train() {
		classifier = Classifier.train(Corpus.shipped());
	}

	static Stream<Path> evaluationFiles() throws IOException {
		assertThat(EVALUATION_DIR).as("the evaluation files beside the project").isDirectory();
		List<Path> files;
		try (Stream<Path> listing = Files.list(EVALUATION_DIR)) {
			files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("evaluationFiles")
	void meetsTheAccuracyTargets(Path file) {
		Evaluation evaluation = Evaluation.of(classifier, Corpus.read(file), TaxonomyFile.shipped());
		System.out.println("== " + file + "\n" + evaluation.report());
		assertThat(evaluation.size()).isPositive();
		assertThat(evaluation.categoryAccuracy()).as("category accuracy on %s", file).isGreaterThanOrEqualTo(0.95);
		assertThat(evaluation.topicAccuracy()).as("topic accuracy on %s", file).isGreaterThanOrEqualTo(0.85);
		assertThat(evaluation.urgencyAccuracy()).as("urgency accuracy on %s", file).isGreaterThanOrEqualTo(0.90);
	}

}
