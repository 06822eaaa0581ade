package org.anju.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.HanLP;

/**
 * Ranks the playbook's scenarios for a complaint: the entries serving its topic first, then the
 * text — each of a scenario's keywords found in the complaint counts, and the overlap of character
 * bigrams with the scenario's name, conditions and keywords tells the rest apart. Bigrams survive
 * the segmentation mistakes and typos of owners' text; traditional script is read as simplified.
 */
final class Suggester {

	private static final double TOPIC = 10;

	private static final double KEYWORD = 3;

	private static final double OVERLAP = 6;

	private Suggester() {
	}

	static List<Suggestion> rank(List<PlaybookEntry> entries, String topic, String text) {
		String plain = normalise(text);
		Set<String> grams = bigrams(plain);
		List<Suggestion> ranked = new ArrayList<>();
		for (PlaybookEntry entry : entries) {
			boolean serves = topic != null && entry.topics().contains(topic);
			for (PlaybookEntry.Scenario scenario : entry.scenarios()) {
				double score = serves ? TOPIC : 0;
				for (String keyword : scenario.keywords()) {
					if (!keyword.isBlank() && plain.contains(normalise(keyword))) {
						score += KEYWORD;
					}
				}
				score += OVERLAP * cosine(grams, bigrams(normalise(
						scenario.name() + " " + scenario.conditions() + " " + String.join(" ", scenario.keywords()))));
				ranked.add(new Suggestion(entry, scenario, score));
			}
		}
		ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed());
		return ranked;
	}

	static String normalise(String text) {
		String simplified = HanLP.convertToSimplifiedChinese(text == null ? "" : text);
		return Normalizer.normalize(simplified, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** Character bigrams of the letters and digits (punctuation and spaces split the runs). */
	static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				run.append(c);
				continue;
			}
			for (int j = 0; j + 1 < run.length(); j++) {
				grams.add(run.substring(j, j + 2));
			}
			run.setLength(0);
		}
		return grams;
	}

	private static double cosine(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return shared / Math.sqrt((double) a.size() * b.size());
	}

	/** A scenario and how well it fits. */
	record Suggestion(PlaybookEntry entry, PlaybookEntry.Scenario scenario, double score) {
	}

}
