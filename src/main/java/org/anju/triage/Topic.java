package org.anju.triage;

/** One row of the taxonomy: a topic fixes its category, its department and its usual urgency. */
public record Topic(String code, Category category, String department, Urgency urgency, String nameZh,
		String description) {
}
