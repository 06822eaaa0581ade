package org.anju.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The Chinese message templates, with {@code {variable}} placeholders. The latest version of a
 * code is used; saving a change adds a version, and a template naming an unknown variable is
 * refused.
 */
@Component
class Templates {

	/** The variables templates may use. */
	static final Set<String> VARIABLES = Set.of("salutation", "number", "title", "topic", "department", "assignee",
			"expected", "reason", "date", "urgency", "clock", "level", "link");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private final TemplateRepository templates;

	private final Clock clock;

	Templates(TemplateRepository templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	/** Subject and body of the latest version of a template, with the variables filled in. */
	String[] render(String code, Map<String, String> values) {
		Template template = latest(code);
		return new String[] { fill(template.getSubject(), values), fill(template.getBody(), values) };
	}

	Template latest(String code) {
		return templates.findFirstByCodeOrderByVersionDesc(code).orElseThrow(() -> new NotFoundException("Template", code));
	}

	List<Template> versions(String code) {
		return templates.findByCodeOrderByVersionDesc(code);
	}

	Template change(String code, String subject, String body, String by) {
		int version = latest(code).getVersion() + 1;
		List<String> unknown = new ArrayList<>(unknownVariables(subject));
		unknown.addAll(unknownVariables(body));
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("body", "unknown variables " + unknown + "; known: " + VARIABLES);
		}
		return templates.saveAndFlush(new Template(code, version, subject, body, clock.instant(), by));
	}

	static List<String> unknownVariables(String text) {
		List<String> unknown = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			if (!VARIABLES.contains(m.group(1))) {
				unknown.add(m.group(1));
			}
		}
		return unknown;
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
		}
		m.appendTail(out);
		return out.toString();
	}

}
