package org.anju.knowledge.search;

import java.text.Normalizer;
import java.util.Locale;

import com.hankcs.hanlp.HanLP;

/**
 * The one form text takes before the analyzer sees it, for documents and queries alike:
 * traditional script converted to simplified (HanLP, as triage does), full-width forms folded
 * (NFKC), lower case. So 電梯 finds 电梯 and ＡＢＣ finds abc.
 */
public final class ChineseText {

	private ChineseText() {
	}

	public static String normalise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String simplified = HanLP.convertToSimplifiedChinese(text);
		return Normalizer.normalize(simplified, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

}
