package org.anju.triage.classifier;

import java.nio.file.Path;
import java.util.List;

import org.anju.triage.TaxonomyFile;

/**
 * The evaluation command: trains the shipped classifier and prints its accuracy on JSON Lines
 * files in the format of {@code shared/triage/README.md}.
 *
 * <pre>mvn -q compile exec:java -Dexec.args="../shared/triage/dev.jsonl"</pre>
 */
public final class Evaluate {

	private Evaluate() {
	}

	public static void main(String[] args) {
		if (args.length == 0) {
			System.err.println("usage: Evaluate FILE.jsonl [FILE.jsonl …] [--mistakes]");
			System.exit(2);
		}
		Classifier classifier = Classifier.train(Corpus.shipped());
		boolean mistakes = List.of(args).contains("--mistakes");
		for (String arg : args) {
			if (arg.startsWith("--")) {
				continue;
			}
			Evaluation evaluation = Evaluation.of(classifier, Corpus.read(Path.of(arg)), TaxonomyFile.shipped());
			System.out.println("== " + arg + " (classifier trained on " + classifier.trainedOn() + " texts)");
			System.out.println(evaluation.report());
			if (mistakes) {
				evaluation.mistakes().forEach(System.out::println);
			}
		}
	}

}
