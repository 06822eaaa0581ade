package org.anju.console;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.complaint.ContactMethod;
import org.anju.complaint.LinkType;
import org.anju.complaint.Nature;
import org.anju.complaint.Visibility;
import org.anju.triage.Urgency;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The workbench's forms. Each carries the complaint's version the user saw ({@code expectedVersion}),
 * so that a change someone else made in between is refused instead of overwritten.
 */
final class WorkbenchForms {

	private WorkbenchForms() {
	}

	record Versioned(Long expectedVersion) {
	}

	record Classify(@NotBlank @Size(max = 40) String topic, @NotNull Urgency urgency, @Size(max = 40) String department,
			@NotNull Nature nature, Long expectedVersion) {
	}

	record Assign(@NotNull Long assigneeId, Long expectedVersion) {
	}

	record Reassign(@NotNull Long assigneeId, @NotBlank @Size(max = 500) String reason, Long expectedVersion) {
	}

	record Contact(@NotNull ContactMethod method, @NotBlank @Size(max = 4000) String summary,
			@NotNull Visibility visibility) {
	}

	record Note(@NotBlank @Size(max = 4000) String text, @NotNull Visibility visibility) {
	}

	record Hold(@NotBlank @Size(max = 500) String reason,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDate, Long expectedVersion) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason, Long expectedVersion) {
	}

	record Resolve(@NotBlank @Size(max = 2000) String summary, Long expectedVersion) {
	}

	record Close(@Size(max = 2000) String note, Long expectedVersion) {
	}

	record Publish(@NotBlank @Size(max = 500) String measure) {
	}

	record Link(@NotBlank @Size(max = 40) String relatedNumber, @NotNull LinkType type, Long expectedVersion) {
	}

}
