package org.anju.visitor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.anju.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a visitor's ID number and turns it into what may be stored: the masked number (first 3 and
 * last 4 of a resident ID, first 1 and last 3 of a passport, {@code *} between) and, when the
 * installation has a key ({@code anju.visitor.id-key}), an HMAC-SHA256 of the number to recognise
 * repeat visitors. The whole number is never kept, logged or echoed in an error. A plain salted hash
 * stored next to the mask would not do: knowing 7 of 18 digits and the date-of-birth structure, the
 * rest is a few million guesses, so the key must live outside the database (no key, no hash).
 */
@Component
class IdNumbers {

	private static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9X]");

	private static final Pattern PASSPORT = Pattern.compile("(?=.*[0-9])[A-Z0-9]{6,9}");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final byte[] key;

	IdNumbers(@Value("${anju.visitor.id-key:}") String key) {
		this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
	}

	/** What is stored of a valid number. */
	record Stored(String masked, String hash) {
	}

	/** Validates the number for the type (400 on field {@code idNumber}) and masks it. */
	Stored check(IdType type, String number) {
		String n = number == null ? "" : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (n.isEmpty()) {
			throw new InvalidInputException("idNumber", "is required");
		}
		if (type == IdType.RESIDENT_ID) {
			if (!RESIDENT_ID.matcher(n).matches()) {
				throw new InvalidInputException("idNumber", "a resident ID has 17 digits and a check digit (0-9 or X)");
			}
			if (!validBirth(n.substring(6, 14))) {
				throw new InvalidInputException("idNumber", "the date of birth in the ID number is not a date");
			}
			if (checkDigit(n) != n.charAt(17)) {
				throw new InvalidInputException("idNumber", "the check digit does not match: mistyped?");
			}
			return new Stored(n.substring(0, 3) + "*".repeat(11) + n.substring(14), hash(type, n));
		}
		if (!PASSPORT.matcher(n).matches()) {
			throw new InvalidInputException("idNumber", "a passport number has 6 to 9 letters and digits");
		}
		return new Stored(n.charAt(0) + "*".repeat(n.length() - 4) + n.substring(n.length() - 3), hash(type, n));
	}

	static char checkDigit(String n) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (n.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static boolean validBirth(String yyyymmdd) {
		try {
			LocalDate birth = LocalDate.parse(yyyymmdd, BIRTH);
			return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private String hash(IdType type, String number) {
		if (key == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((type.name() + ":" + number).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
