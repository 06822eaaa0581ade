package org.anju.platform.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what could identify an owner in a text meant for the public — the progress board, a
 * training case — even when staff wrote it: phone numbers (and any other long run of digits), unit and room numbers (2单元, 1201室,
 * 3栋1201, 3-2-1201), a surname before 先生/女士/小姐 (王先生; not 阿姨 or
 * 师傅, which staff use for their own colleagues: 保洁阿姨, 维修师傅) and the complainant's own name. A
 * building alone (3栋) stays: the board shows buildings anyway. Every masked digit or character
 * becomes {@code *}.
 */
public final class Masking {

	private static final String DIGITS = "[0-9０-９]";

	private static final List<Pattern> NUMBERS = List.of(
			// phones, ids, any run of seven or more digits, allowing the usual separators
			Pattern.compile("(?:\\+?86[- ]?)?" + DIGITS + "(?:[- ]?" + DIGITS + "){6,}"),
			// 3-2-1201, 3#2-1201, 3栋2-1201
			Pattern.compile(DIGITS + "+\\s*[-#－]\\s*" + DIGITS + "+(?:\\s*[-#－]\\s*" + DIGITS + "+)*"),
			// 2单元, 12号楼 stays a building: only 单元 (unit) is masked here
			Pattern.compile(DIGITS + "+(?=\\s*单元)"),
			// the room after a unit or building: 单元1201, 栋1201, 座 1201, 幢B1201
			Pattern.compile("(?<=单元|栋|幢|座|号楼)\\s*[A-Za-z]?" + DIGITS + "{2,5}"),
			// 1201室, 302房, 1201号 (not a date's 22号), 1201户
			Pattern.compile("[A-Za-z]?" + DIGITS + "{3,5}(?=\\s*(?:室|房|号|户))"));

	private static final Pattern ADDRESS = Pattern.compile("[\\p{IsHan}](?=(?:先生|女士|小姐))");

	private Masking() {
	}

	/** The text with the personal parts masked; {@code name} (the complainant's, may be null) too. */
	public static String mask(String text, String name) {
		if (text == null) {
			return null;
		}
		String masked = text;
		if (name != null && name.strip().length() >= 2) {
			masked = masked.replace(name.strip(), "*".repeat(name.strip().length()));
		}
		for (Pattern pattern : NUMBERS) {
			masked = stars(pattern.matcher(masked));
		}
		return stars(ADDRESS.matcher(masked));
	}

	private static String stars(Matcher matcher) {
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, matcher.group().replaceAll("[^\\s\\-#－]", "*"));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
