package org.anju.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * The playbook on one complaint: the entry and scenario applied (null if none fits), its
 * checklist, the records it requires, and the best-fitting scenarios to switch to.
 */
public record PlaybookView(PlaybookEntry entry, PlaybookEntry.Scenario scenario, List<StepView> steps,
		List<RecordView> records, List<Choice> suggestions) {

	public record StepView(int position, String text, String record, Instant dueAt, Instant doneAt, String doneBy,
			boolean late) {
	}

	public record RecordView(String key, String label, String value, Instant recordedAt, String recordedBy) {
	}

	public record Choice(String entry, String title, String scenario, String name, double score) {
	}

}
