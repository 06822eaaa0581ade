package org.anju.knowledge;

import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The playbook: the company's entries, each project's overrides, every revision kept. The shipped
 * default ({@code knowledge/playbook.yaml}) is loaded on the first start. The administrator edits
 * the company's entries; a project manager overrides one for their project.
 */
@Service
@Transactional
public class Playbook {

	static final Set<String> PLACEHOLDERS = Set.of("salutation", "number", "expected", "cause", "assignee",
			"department", "topic");

	private static final Logger log = LoggerFactory.getLogger(Playbook.class);

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final EntryRevisionRepository revisions;

	private final Taxonomy taxonomy;

	private final KnowledgeSearch search;

	private final Clock clock;

	private volatile Latest cached;

	Playbook(EntryRevisionRepository revisions, Taxonomy taxonomy, KnowledgeSearch search, Clock clock) {
		this.revisions = revisions;
		this.taxonomy = taxonomy;
		this.search = search;
		this.clock = clock;
	}

	/** Loads the shipped playbook on the first start (before the demo data's complaints arrive). */
	void seed() {
		if (revisions.count() == 0) {
			List<PlaybookEntry> shipped = PlaybookFile.read(PlaybookFile.DEFAULT);
			shipped.forEach(e -> revisions.save(new EntryRevision(e, 1, clock.instant(), "system")));
			log.info("Playbook seeded with {} entries", shipped.size());
		}
		revisions.latest().forEach(r -> index(r.entry()));
	}

	/** Makes the entry findable in the search (idempotent: the index keeps one document per entry). */
	private void index(PlaybookEntry entry) {
		StringBuilder text = new StringBuilder();
		for (PlaybookEntry.Scenario s : entry.scenarios()) {
			text.append(s.name()).append('\n').append(s.conditions()).append('\n');
			s.steps().forEach(step -> text.append(step.text()).append('\n'));
			s.risks().forEach(r -> text.append(r).append('\n'));
			s.improvements().forEach(i -> text.append(i).append('\n'));
		}
		search.indexEntry(entry.projectId() == null ? entry.code() : entry.code() + "@" + entry.projectId(),
				entry.projectId(), entry.title(), text.toString());
	}

	/** The entries in force for a project: the company's, each replaced by the project's override. */
	@Transactional(readOnly = true)
	public List<PlaybookEntry> entries(Long projectId) {
		Map<String, PlaybookEntry> byCode = new LinkedHashMap<>();
		List<PlaybookEntry> latest = latest();
		latest.stream().filter(e -> e.projectId() == null).forEach(e -> byCode.put(e.code(), e));
		if (projectId != null) {
			latest.stream().filter(e -> projectId.equals(e.projectId())).forEach(e -> byCode.put(e.code(), e));
		}
		return List.copyOf(byCode.values());
	}

	/**
	 * The latest revision of every entry, read again only when a revision was added (on any node):
	 * revisions are never changed or deleted, so the highest id tells whether anything is new.
	 * Every registration consults the playbook; reading and parsing it each time was a seventh of
	 * an intake's CPU.
	 */
	private List<PlaybookEntry> latest() {
		Long lastId = revisions.lastId();
		Latest cached = this.cached;
		if (cached == null || !Objects.equals(cached.lastId(), lastId)) {
			cached = new Latest(lastId, revisions.latest().stream().map(EntryRevision::entry).toList());
			this.cached = cached;
		}
		return cached.entries();
	}

	private record Latest(Long lastId, List<PlaybookEntry> entries) {
	}

	@Transactional(readOnly = true)
	public Optional<PlaybookEntry> entry(String code, Long projectId) {
		return entries(projectId).stream().filter(e -> e.code().equals(code)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<PlaybookEntry> history(String code) {
		List<PlaybookEntry> all = revisions.history(code).stream().map(EntryRevision::entry).toList();
		if (all.isEmpty()) {
			throw new NotFoundException("Playbook entry", code);
		}
		return all;
	}

	/**
	 * Writes a new revision of the entry: the company's (administrator) or a project's override
	 * (its manager). Refuses unknown topics, duplicate scenario codes, unreadable time limits,
	 * unknown placeholders and steps that name records the scenario does not have.
	 */
	public PlaybookEntry save(PlaybookEntry entry, Actor actor) {
		if (entry.projectId() == null) {
			actor.requireAnyRole(Role.ADMIN);
		}
		else if (!actor.hasAnyRole(Role.MANAGER) || !actor.canSee(entry.projectId())) {
			throw new AccessDeniedException("A project's playbook is changed by its manager");
		}
		validate(entry);
		int next = revisions.history(entry.code()).stream()
			.filter(r -> Objects.equals(r.getProjectId(), entry.projectId()))
			.mapToInt(EntryRevision::getRevision).max().orElse(0) + 1;
		PlaybookEntry saved = revisions.save(new EntryRevision(entry, next, clock.instant(), actor.username())).entry();
		index(saved);
		return saved;
	}

	/** The scenarios that fit a complaint, best first. */
	@Transactional(readOnly = true)
	List<Suggester.Suggestion> suggest(Long projectId, String topic, String text) {
		return Suggester.rank(entries(projectId), topic, text);
	}

	private void validate(PlaybookEntry entry) {
		List<FieldError> errors = new ArrayList<>();
		if (entry.code() == null || !CODE.matcher(entry.code()).matches()) {
			errors.add(new FieldError("code", "upper-case letters, digits and _"));
		}
		if (entry.title() == null || entry.title().isBlank() || entry.title().length() > 200) {
			errors.add(new FieldError("title", "is required, at most 200 characters"));
		}
		if (entry.topics().isEmpty()) {
			errors.add(new FieldError("topics", "at least one topic"));
		}
		entry.topics().stream().filter(t -> taxonomy.topic(t).isEmpty())
			.forEach(t -> errors.add(new FieldError("topics", "unknown topic " + t)));
		if (entry.scenarios().isEmpty()) {
			errors.add(new FieldError("scenarios", "at least one scenario"));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < entry.scenarios().size(); i++) {
			PlaybookEntry.Scenario s = entry.scenarios().get(i);
			String at = "scenarios[" + i + "]";
			if (s.code() == null || !CODE.matcher(s.code()).matches() || !codes.add(s.code())) {
				errors.add(new FieldError(at + ".code", "a unique code of upper-case letters, digits and _"));
			}
			if (s.name() == null || s.name().isBlank()) {
				errors.add(new FieldError(at + ".name", "is required"));
			}
			Set<String> keys = new HashSet<>();
			s.records().forEach(r -> keys.add(r.key()));
			for (int j = 0; j < s.steps().size(); j++) {
				PlaybookEntry.Step step = s.steps().get(j);
				try {
					step.duration();
				}
				catch (DateTimeParseException ex) {
					errors.add(new FieldError(at + ".steps[" + j + "].limit", "an ISO-8601 duration, e.g. PT10M"));
				}
				if (step.record() != null && !keys.contains(step.record())) {
					errors.add(new FieldError(at + ".steps[" + j + "].record", "not one of the scenario's records"));
				}
			}
			for (int j = 0; j < s.scripts().size(); j++) {
				Matcher m = PLACEHOLDER.matcher(String.valueOf(s.scripts().get(j).text()));
				while (m.find()) {
					if (!PLACEHOLDERS.contains(m.group(1))) {
						errors.add(new FieldError(at + ".scripts[" + j + "].text", "unknown placeholder {" + m.group(1)
								+ "}; known: " + PLACEHOLDERS));
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The playbook entry is not valid", errors);
		}
	}

}
