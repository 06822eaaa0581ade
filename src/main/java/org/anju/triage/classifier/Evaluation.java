package org.anju.triage.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.anju.triage.Topic;

/**
 * How a classifier fares on labelled texts: accuracy of topic, category, department and urgency,
 * and precision and recall per topic. Category and department follow from the topic.
 */
public record Evaluation(int size, double topicAccuracy, double categoryAccuracy, double departmentAccuracy,
		double urgencyAccuracy, Map<String, TopicScore> perTopic, List<String> mistakes) {

	/** Precision and recall of one topic, with how many texts truly had it. */
	public record TopicScore(double precision, double recall, int support) {
	}

	public static Evaluation of(Classifier classifier, List<LabelledText> texts, Map<String, Topic> taxonomy) {
		int topic = 0, category = 0, department = 0, urgency = 0;
		Map<String, int[]> counts = new TreeMap<>(); // topic → {true positives, predicted, actual}
		List<String> mistakes = new ArrayList<>();
		for (LabelledText text : texts) {
			Prediction p = classifier.classify(text.text());
			Topic expected = taxonomy.get(text.topic());
			Topic actual = taxonomy.get(p.topic());
			counts.computeIfAbsent(text.topic(), t -> new int[3])[2]++;
			counts.computeIfAbsent(p.topic(), t -> new int[3])[1]++;
			if (p.topic().equals(text.topic())) {
				topic++;
				counts.get(text.topic())[0]++;
			}
			else {
				mistakes.add(text.id() + ": " + text.topic() + " → " + p.topic() + " (" + String.format("%.2f", p.confidence())
						+ ") " + text.text());
			}
			if (expected != null && actual != null && expected.category() == actual.category()) {
				category++;
			}
			if (expected != null && actual != null && expected.department().equals(actual.department())) {
				department++;
			}
			if (p.urgency().name().equals(text.urgency())) {
				urgency++;
			}
		}
		Map<String, TopicScore> perTopic = new TreeMap<>();
		counts.forEach((t, c) -> perTopic.put(t, new TopicScore(c[1] == 0 ? 0 : (double) c[0] / c[1],
				c[2] == 0 ? 0 : (double) c[0] / c[2], c[2])));
		double n = Math.max(1, texts.size());
		return new Evaluation(texts.size(), topic / n, category / n, department / n, urgency / n, perTopic, mistakes);
	}

	/** The report the evaluation command prints. */
	public String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format("texts      %d%n", size));
		out.append(String.format("topic      %.3f%ncategory   %.3f%ndepartment %.3f%nurgency    %.3f%n%n", topicAccuracy,
				categoryAccuracy, departmentAccuracy, urgencyAccuracy));
		out.append(String.format("%-22s %9s %9s %8s%n", "topic", "precision", "recall", "support"));
		for (String t : new TreeSet<>(perTopic.keySet())) {
			TopicScore s = perTopic.get(t);
			out.append(String.format("%-22s %9.3f %9.3f %8d%n", t, s.precision(), s.recall(), s.support()));
		}
		return out.toString();
	}

}
