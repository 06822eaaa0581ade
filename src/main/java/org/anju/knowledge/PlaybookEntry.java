package org.anju.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A playbook entry as the rest of the application sees it: the topics it serves and its
 * scenarios. {@code projectId} is null for the company's entry, a project's id for its override.
 */
public record PlaybookEntry(String code, Long projectId, int revision, String title, List<String> topics,
		Integer caseNumber, List<Scenario> scenarios) {

	public PlaybookEntry {
		topics = topics == null ? List.of() : List.copyOf(topics);
		scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
	}

	public Optional<Scenario> scenario(String code) {
		return scenarios.stream().filter(s -> s.code().equals(code)).findFirst();
	}

	/** One situation of the entry and how to handle it. */
	public record Scenario(String code, String name, String conditions, List<String> keywords,
			List<String> expectations, List<Step> steps, List<RecordField> records, List<Script> scripts,
			List<String> improvements, List<String> risks) {

		public Scenario {
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
			expectations = expectations == null ? List.of() : List.copyOf(expectations);
			steps = steps == null ? List.of() : List.copyOf(steps);
			records = records == null ? List.of() : List.copyOf(records);
			scripts = scripts == null ? List.of() : List.copyOf(scripts);
			improvements = improvements == null ? List.of() : List.copyOf(improvements);
			risks = risks == null ? List.of() : List.copyOf(risks);
		}

	}

	/** A handling step, with its time limit from receipt (ISO-8601, e.g. PT10M) and the record it produces. */
	public record Step(String text, String limit, String record) {

		public Duration duration() {
			return limit == null || limit.isBlank() ? null : Duration.parse(limit);
		}

	}

	/** Something that must be recorded before the complaint may be resolved. */
	public record RecordField(String key, String label) {
	}

	/** A reply script with placeholders ({salutation}, {number}, {expected}, {cause}, …). */
	public record Script(String name, String text) {
	}

}
