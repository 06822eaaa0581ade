package org.anju.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An improvement action to create or update. {@code projectId} is needed to create;
 * {@code version} (optional) refuses an update based on an older copy.
 */
public record ActionRequest(Long projectId, @NotBlank @Size(max = 200) String title,
		@Size(max = 4000) String description, Long ownerStaffId, @Size(max = 60) String ownerName, LocalDate dueDate,
		ActionStatus status, Boolean publicAction, List<String> topics, List<Long> complaintIds, Long version) {
}
