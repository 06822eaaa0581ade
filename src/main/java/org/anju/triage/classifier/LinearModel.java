package org.anju.triage.classifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A multi-class logistic regression (LIBLINEAR, L2-regularised) over binary features whose
 * vectors are scaled to unit length. Features never seen in training are ignored.
 */
final class LinearModel {

	static {
		Linear.disableDebugOutput();
	}

	private final Map<String, Integer> vocabulary;

	private final List<String> labels;

	private final Model model;

	private LinearModel(Map<String, Integer> vocabulary, List<String> labels, Model model) {
		this.vocabulary = vocabulary;
		this.labels = labels;
		this.model = model;
	}

	/** Trains on feature sets with their labels; {@code c} is the inverse regularisation strength. */
	static LinearModel train(List<Set<String>> examples, List<String> exampleLabels, double c) {
		Map<String, Integer> vocabulary = new HashMap<>();
		examples.forEach(features -> features.forEach(f -> vocabulary.putIfAbsent(f, vocabulary.size() + 1)));
		List<String> labels = exampleLabels.stream().distinct().sorted().toList();
		Problem problem = new Problem();
		problem.l = examples.size();
		problem.n = vocabulary.size() + 1; // the last feature is the bias
		problem.bias = 1;
		problem.x = new Feature[examples.size()][];
		problem.y = new double[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			problem.x[i] = vector(vocabulary, examples.get(i), problem.n);
			problem.y[i] = labels.indexOf(exampleLabels.get(i));
		}
		Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.001));
		return new LinearModel(vocabulary, labels, model);
	}

	/** Every label with its probability, most probable first. */
	List<Scored> predict(Collection<String> features) {
		double[] probabilities = new double[labels.size()];
		Linear.predictProbability(model, vector(vocabulary, features, vocabulary.size() + 1), probabilities);
		int[] order = model.getLabels();
		List<Scored> scored = new ArrayList<>(labels.size());
		for (int i = 0; i < order.length; i++) {
			scored.add(new Scored(labels.get(order[i]), probabilities[i]));
		}
		scored.sort((a, b) -> Double.compare(b.probability(), a.probability()));
		return scored;
	}

	List<String> labels() {
		return labels;
	}

	private static Feature[] vector(Map<String, Integer> vocabulary, Collection<String> features, int biasIndex) {
		TreeMap<Integer, Boolean> indices = new TreeMap<>();
		features.forEach(f -> {
			Integer index = vocabulary.get(f);
			if (index != null) {
				indices.put(index, true);
			}
		});
		double value = indices.isEmpty() ? 0 : 1 / Math.sqrt(indices.size());
		Feature[] vector = new Feature[indices.size() + 1];
		int i = 0;
		for (int index : indices.keySet()) {
			vector[i++] = new FeatureNode(index, value);
		}
		vector[i] = new FeatureNode(biasIndex, 1);
		return vector;
	}

	/** A label with its probability. */
	record Scored(String label, double probability) {
	}

}
