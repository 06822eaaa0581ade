package org.anju.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

import org.anju.complaint.ComplaintStatus;
import org.anju.triage.Urgency;

/**
 * What the user asked of a queue: filters, search, sort and page, read leniently from the query
 * string — a value that makes no sense is dropped (or clamped), so that a hand-edited or stale
 * URL still shows a page instead of an error.
 */
record QueueCriteria(Long projectId, ComplaintStatus status, String department, String topic, Urgency urgency,
		LocalDate from, LocalDate to, String q, String sort, boolean asc, int page, int size) {

	static final Set<String> SORTABLE = Set.of("receivedAt", "number", "title", "topic", "urgency", "status",
			"department");

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static QueueCriteria parse(Map<String, String> params) {
		String sort = params.get("sort");
		String q = text(params.get("q"));
		return new QueueCriteria(parsed(params.get("projectId"), Long::valueOf),
				parsed(params.get("status"), ComplaintStatus::valueOf), code(params.get("department")),
				code(params.get("topic")), parsed(params.get("urgency"), Urgency::valueOf),
				parsed(params.get("from"), LocalDate::parse), parsed(params.get("to"), LocalDate::parse),
				q == null || q.length() <= 100 ? q : q.substring(0, 100),
				sort != null && SORTABLE.contains(sort) ? sort : null, "asc".equalsIgnoreCase(params.get("dir")),
				Math.max(0, Math.min(100_000, parsed(params.get("page"), Integer::valueOf, 0))),
				Math.max(1, Math.min(MAX_SIZE, parsed(params.get("size"), Integer::valueOf, DEFAULT_SIZE))));
	}

	// sortedBy, atPage and toQuery are public because the templates build the links with them.

	/** The same criteria sorted by this column: ascending first, descending on a second click. */
	public QueueCriteria sortedBy(String column) {
		boolean ascending = !column.equals(sort) || !asc;
		return new QueueCriteria(projectId, status, department, topic, urgency, from, to, q, column, ascending, 0,
				size);
	}

	public QueueCriteria atPage(int number) {
		return new QueueCriteria(projectId, status, department, topic, urgency, from, to, q, sort, asc, number,
				size);
	}

	/** The criteria as a query string ({@code ?…}, or empty), with defaults left out. */
	public String toQuery() {
		StringJoiner uri = new StringJoiner("&", "?", "").setEmptyValue("");
		add(uri, "projectId", projectId);
		add(uri, "status", status);
		add(uri, "department", department);
		add(uri, "topic", topic);
		add(uri, "urgency", urgency);
		add(uri, "from", from);
		add(uri, "to", to);
		add(uri, "q", q);
		add(uri, "sort", sort);
		add(uri, "dir", sort == null ? null : asc ? "asc" : "desc");
		add(uri, "page", page == 0 ? null : page);
		add(uri, "size", size == DEFAULT_SIZE ? null : size);
		return uri.toString();
	}

	private static void add(StringJoiner uri, String name, Object value) {
		if (value != null) {
			uri.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	private static String text(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** A code such as a department or topic: capitals, digits and underscores only. */
	private static String code(String s) {
		return s != null && s.matches("[A-Z][A-Z0-9_]{0,39}") ? s : null;
	}

	private static <T> T parsed(String s, Function<String, T> parser) {
		return parsed(s, parser, null);
	}

	private static <T> T parsed(String s, Function<String, T> parser, T fallback) {
		if (s == null || s.isBlank()) {
			return fallback;
		}
		try {
			return parser.apply(s.strip());
		}
		catch (RuntimeException ex) {
			return fallback;
		}
	}

}
