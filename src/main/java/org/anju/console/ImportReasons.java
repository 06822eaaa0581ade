package org.anju.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in the user's language why the roster import refused a cell or a file. The import reports
 * its reasons in English for the API; the known ones are translated here (with the numbers they
 * carry), anything else is shown as it came.
 */
@Component
class ImportReasons {

	private record Known(Pattern pattern, String key) {
	}

	private static final List<Known> REASONS = List.of(
			known("is required", "required"),
			known("must not be blank", "required"),
			known("is required for a resident", "relationRequired"),
			known("is required when the row gives a relation, contact or channel", "nameRequired"),
			known("must be an 11-digit mainland mobile number", "mobile"),
			known("must be a well-formed email address", "email"),
			known("size must be between (\\d+) and (\\d+)", "size"),
			known("must be one of (.+)", "oneOf"),
			known("must be a whole number", "wholeNumber"),
			known("must be square metres .*", "area"),
			known("differs from row (\\d+) for the same room", "differs"),
			known("repeats the resident of row (\\d+)", "repeats"),
			known("column (.+) repeats column (.+)", "repeatedColumn"),
			known("required column (.+) is missing", "missingColumn"));

	private static final List<Known> FILE_PROBLEMS = List.of(
			known("is empty", "empty"),
			known("must be an Excel workbook \\(\\.xlsx\\) or a CSV file \\(\\.csv\\)", "type"),
			known("has more than (\\d+) data rows.*", "tooLong"),
			known(".*", "unreadable"));

	private final MessageSource messages;

	ImportReasons(MessageSource messages) {
		this.messages = messages;
	}

	String of(String reason, Locale locale) {
		return translate(REASONS, "admin.import.reason.", reason, locale);
	}

	String fileProblem(String reason, Locale locale) {
		return translate(FILE_PROBLEMS, "admin.import.file.", reason, locale);
	}

	private String translate(List<Known> known, String prefix, String reason, Locale locale) {
		for (Known k : known) {
			Matcher m = k.pattern().matcher(reason);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount() + 1];
				for (int i = 1; i <= m.groupCount(); i++) {
					args[i - 1] = m.group(i);
				}
				args[m.groupCount()] = reason;
				return messages.getMessage(prefix + k.key(), args, reason, locale);
			}
		}
		return reason;
	}

	private static Known known(String regex, String key) {
		return new Known(Pattern.compile(regex), key);
	}

}
