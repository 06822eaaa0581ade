package org.anju.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates for the console's administration pages: the latest version of each, and a
 * change that adds a version (refusing unknown variables, as {@code PUT /notification/templates}
 * does). Callers check who may do this (reading: managers; changing: administrators).
 */
@Service
@Transactional
public class NotificationTemplates {

	private final Templates templates;

	private final TemplateRepository repository;

	NotificationTemplates(Templates templates, TemplateRepository repository) {
		this.templates = templates;
		this.repository = repository;
	}

	/** One version of a template. */
	public record TemplateRef(String code, int version, String subject, String body, Instant createdAt,
			String createdBy) {

		static TemplateRef of(Template t) {
			return new TemplateRef(t.getCode(), t.getVersion(), t.getSubject(), t.getBody(), t.getCreatedAt(),
					t.getCreatedBy());
		}

	}

	/** The latest version of every template, by code. */
	@Transactional(readOnly = true)
	public List<TemplateRef> latest() {
		return repository.findAll().stream()
			.collect(Collectors.toMap(Template::getCode, Function.identity(),
					(a, b) -> a.getVersion() >= b.getVersion() ? a : b))
			.values().stream().sorted(Comparator.comparing(Template::getCode)).map(TemplateRef::of).toList();
	}

	/** Every version of a template, newest first; an unknown code is not found. */
	@Transactional(readOnly = true)
	public List<TemplateRef> versions(String code) {
		templates.latest(code);
		return templates.versions(code).stream().map(TemplateRef::of).toList();
	}

	public TemplateRef change(String code, String subject, String body, String by) {
		return TemplateRef.of(templates.change(code, subject, body, by));
	}

	/** The placeholders of a text that templates may not use, so that a form can say which. */
	public static List<String> unknownVariables(String text) {
		return Templates.unknownVariables(text);
	}

	public static Set<String> variables() {
		return new TreeSet<>(Templates.VARIABLES);
	}

}
