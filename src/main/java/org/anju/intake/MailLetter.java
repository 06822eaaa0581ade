package org.anju.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail as {@link MailReader} read it. {@code references} holds the In-Reply-To and References
 * headers; {@code automatic} says why a machine wrote it (an auto-reply, a bounce, our own mail
 * coming back), {@code unreadable} why its body could not be read; each is null otherwise.
 */
record MailLetter(String messageId, String address, String name, String subject, String references,
		String automatic, String text, List<Attached> files, String unreadable) {

	private static final Pattern NUMBER = Pattern.compile("TS\\d{8}-\\d{4}");

	/** The complaint numbers the mail names: those its thread headers carry first, then the subject's. */
	List<String> complaintNumbers() {
		Set<String> numbers = new LinkedHashSet<>();
		for (String source : new String[] { references, subject }) {
			if (source != null) {
				Matcher m = NUMBER.matcher(source);
				while (m.find()) {
					numbers.add(m.group());
				}
			}
		}
		return new ArrayList<>(numbers);
	}

	/** An attached file (or an inline picture); its name may be null. */
	record Attached(String name, byte[] content) {
	}

}
