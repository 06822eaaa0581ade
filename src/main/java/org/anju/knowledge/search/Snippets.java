package org.anju.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short passage of a text around the first word the query matched, with the places of the
 * matched words as offsets into the passage. Plain text: the page escapes it and draws the marks.
 */
public final class Snippets {

	/** How much text a snippet shows, and how much of it comes before the first match. */
	static final int LENGTH = 120;

	static final int BEFORE = 30;

	private Snippets() {
	}

	/** The analyzed words of a (normalised) text. */
	static Set<String> terms(Analyzer analyzer, String normalised) {
		Set<String> terms = new LinkedHashSet<>();
		tokens(analyzer, normalised, (term, start, end) -> terms.add(term));
		return terms;
	}

	/**
	 * The passage of {@code text} around its first word among {@code terms}, or null if none is in
	 * it. Offsets point into the text as stored when normalising kept its length (the usual case:
	 * traditional to simplified is one character for one); otherwise the passage is the normalised text.
	 */
	static Passage of(Analyzer analyzer, String text, Set<String> terms) {
		if (text == null || text.isEmpty() || terms.isEmpty()) {
			return null;
		}
		String normalised = ChineseText.normalise(text);
		String shown = normalised.length() == text.length() ? text : normalised;
		List<int[]> matches = new ArrayList<>();
		tokens(analyzer, normalised, (term, start, end) -> {
			if (terms.contains(term)) {
				matches.add(new int[] { start, end });
			}
		});
		if (matches.isEmpty()) {
			return null;
		}
		int from = Math.max(0, matches.get(0)[0] - BEFORE);
		int to = Math.min(shown.length(), from + LENGTH);
		String prefix = from > 0 ? "…" : "";
		String passage = prefix + shown.substring(from, to) + (to < shown.length() ? "…" : "");
		List<int[]> marks = new ArrayList<>();
		for (int[] m : matches) {
			if (m[0] >= from && m[1] <= to) {
				marks.add(new int[] { m[0] - from + prefix.length(), m[1] - from + prefix.length() });
			}
		}
		return new Passage(passage, marks);
	}

	/** A snippet and its marks, each {start, end} (end excluded). */
	public record Passage(String text, List<int[]> marks) {
	}

	@FunctionalInterface
	private interface TokenSink {

		void accept(String term, int start, int end);

	}

	private static void tokens(Analyzer analyzer, String text, TokenSink sink) {
		try (TokenStream stream = analyzer.tokenStream(SearchIndex.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
