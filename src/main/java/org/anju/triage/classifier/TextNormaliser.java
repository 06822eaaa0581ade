package org.anju.triage.classifier;

import java.text.Normalizer;
import java.util.Locale;

import com.hankcs.hanlp.HanLP;

/**
 * Brings owner text into one form before anything reads it: the first {@value #MAX_CHARS}
 * characters, traditional script converted to simplified (HanLP), full-width forms folded (NFKC),
 * lower case.
 */
public final class TextNormaliser {

	/** Long letters are judged by their beginning, where owners state the matter. */
	public static final int MAX_CHARS = 1000;

	private TextNormaliser() {
	}

	public static String normalise(String text) {
		String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		String simplified = HanLP.convertToSimplifiedChinese(head);
		return Normalizer.normalize(simplified, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** Whether the text holds at least one Chinese character. */
	public static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
