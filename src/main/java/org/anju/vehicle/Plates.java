package org.anju.vehicle;

import java.util.Locale;
import java.util.regex.Pattern;

import org.anju.platform.web.InvalidInputException;

/**
 * Mainland licence plates: a province abbreviation, the issuing letter, then five letters or digits
 * (no I or O); new-energy plates have six — D/F and five (small cars) or five digits and D/F (large
 * vehicles); trailers, coaching cars, police, consulates and embassies end in 挂/学/警/领/使.
 * Input is normalised first: full-width letters and digits, lower case, spaces, dots and dashes.
 */
public final class Plates {

	private static final String PROVINCE = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]";

	private static final String LETTER = "[A-HJ-NP-Z]";

	private static final String ALNUM = "[A-HJ-NP-Z0-9]";

	private static final Pattern VALID = Pattern.compile(PROVINCE + LETTER + "(?:"
			+ ALNUM + "{5}" // ordinary: 粤B12345, 粤BA1234
			+ "|[DF]" + ALNUM + "\\d{4}" // small new-energy: 京AD12345, 京AFA1234
			+ "|\\d{5}[DF]" // large new-energy: 沪A12345D
			+ "|" + ALNUM + "{4}[挂学警领使]" // 粤B1234学
			+ ")");

	private Plates() {
	}

	/** The plate as stored: half-width, upper case, without separators. */
	public static String normalise(String plate) {
		if (plate == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		plate.codePoints().forEach(c -> {
			if (c >= 0xFF01 && c <= 0xFF5E) {
				c -= 0xFEE0; // full-width ASCII → ASCII
			}
			if (!Character.isWhitespace(c) && c != 0x3000 && ".·・-—－_".indexOf(c) < 0) {
				out.appendCodePoint(c);
			}
		});
		return out.toString().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String normalised) {
		return VALID.matcher(normalised).matches();
	}

	/** The normalised plate, or 400 with field {@code plate} when it is not a Mainland plate. */
	public static String require(String plate) {
		String normalised = normalise(plate);
		if (normalised.isEmpty()) {
			throw new InvalidInputException("plate", "请填写车牌号");
		}
		if (!isValid(normalised)) {
			throw new InvalidInputException("plate",
					"车牌号格式不正确：应为省份简称+字母+5位字母或数字（不含I、O），新能源车牌为6位，例如粤B12345、京AD12345");
		}
		return normalised;
	}

}
