package org.anju.complaint;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.triage.Urgency;

/** The JSON bodies the complaint API accepts; {@link Register} also the intake API's. */
public final class ComplaintRequests {

	private ComplaintRequests() {
	}

	/** A complaint to register, as the API takes it. */
	public record Register(Long projectId, Long residentId, Long householdId, @Size(max = 60) String complainantName,
			@Size(max = 30) String complainantPhone, @Email @Size(max = 200) String complainantEmail,
			@Size(max = 200) String complainantAddress,
			@NotNull Channel channel, Instant receivedAt, @Size(max = 200) String title,
			@NotBlank @Size(max = 10000) String content, @Size(max = 200) String location, String topic,
			Urgency urgency) {

		public NewComplaint toCommand() {
			return toCommand(null);
		}

		/** The command, for a message that reached Anju at {@code arrivedAt} (now if null). */
		public NewComplaint toCommand(Instant arrivedAt) {
			return new NewComplaint(projectId, residentId, householdId, complainantName, complainantPhone,
					complainantEmail, complainantAddress, channel, receivedAt, arrivedAt, title, content, location, topic,
					urgency, null, null);
		}

	}

	record Assign(@NotNull Long assigneeId, String department) {
	}

	record Reassign(@NotNull Long assigneeId, String department, @NotBlank @Size(max = 500) String reason) {
	}

	record Hold(@NotBlank @Size(max = 500) String reason, @NotNull LocalDate expectedDate) {
	}

	record Resolve(@NotBlank @Size(max = 2000) String summary) {
	}

	record Close(@Size(max = 2000) String note) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	record Classify(String topic, Urgency urgency, String department, Nature nature) {
	}

	record Note(@NotBlank @Size(max = 4000) String text, Visibility visibility) {
	}

	record Contact(@NotNull ContactMethod method, @NotBlank @Size(max = 4000) String summary,
			Visibility visibility) {
	}

	record Link(@NotNull Long relatedId, @NotNull LinkType type) {
	}

}
