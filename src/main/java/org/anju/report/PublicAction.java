package org.anju.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An improvement action marked public, as the public board may show it: nothing about people. */
public record PublicAction(long id, String title, String description, LocalDate dueDate, ActionStatus status,
		List<String> topics, Instant updatedAt) {
}
