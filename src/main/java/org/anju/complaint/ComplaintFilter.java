package org.anju.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.anju.triage.Flag;
import org.anju.triage.Urgency;
import org.springframework.data.jpa.domain.Specification;

/**
 * Criteria of the complaint list; every criterion is optional. The later ones serve the console's
 * queues: {@code query} is a case-insensitive search over number, complainant, phone, address,
 * title and content; {@code ids} limits the list to given complaints (a deadline queue);
 * {@code unassigned} and {@code minEscalationLevel} pick the triage and escalation queues.
 */
public record ComplaintFilter(Long projectId, Set<ComplaintStatus> status, String department, Long assigneeId,
		String topic, String category, Long buildingId, Long householdId, Channel channel, Instant receivedFrom,
		Instant receivedTo, Flag flag, Urgency urgency, String query, Collection<Long> ids, boolean unassigned,
		Integer minEscalationLevel) {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("(?i)[a-z]{2}\\d{8}-\\d{4,6}");

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	public ComplaintFilter(Long projectId, Set<ComplaintStatus> status, String department, Long assigneeId,
			String topic, String category, Long buildingId, Long householdId, Channel channel, Instant receivedFrom,
			Instant receivedTo, Flag flag) {
		this(projectId, status, department, assigneeId, topic, category, buildingId, householdId, channel,
				receivedFrom, receivedTo, flag, null, null, null, false, null);
	}

	/** The same filter, also matching this text (blank = any). */
	public ComplaintFilter withQuery(String text) {
		String q = text == null || text.isBlank() ? null : text.strip();
		return new ComplaintFilter(projectId, status, department, assigneeId, topic, category, buildingId,
				householdId, channel, receivedFrom, receivedTo, flag, urgency, q, ids, unassigned,
				minEscalationLevel);
	}

	/** The same filter, also of this urgency. */
	public ComplaintFilter withUrgency(Urgency level) {
		return new ComplaintFilter(projectId, status, department, assigneeId, topic, category, buildingId,
				householdId, channel, receivedFrom, receivedTo, flag, level, query, ids, unassigned,
				minEscalationLevel);
	}

	/** The same filter, limited to these complaints (an empty collection matches none). */
	public ComplaintFilter withIds(Collection<Long> only) {
		return new ComplaintFilter(projectId, status, department, assigneeId, topic, category, buildingId,
				householdId, channel, receivedFrom, receivedTo, flag, urgency, query, List.copyOf(only), unassigned,
				minEscalationLevel);
	}

	/** The same filter, limited to complaints nobody is assigned to. */
	public ComplaintFilter withUnassigned() {
		return new ComplaintFilter(projectId, status, department, assigneeId, topic, category, buildingId,
				householdId, channel, receivedFrom, receivedTo, flag, urgency, query, ids, true, minEscalationLevel);
	}

	/** The same filter, limited to complaints escalated at least to this level. */
	public ComplaintFilter withMinEscalationLevel(int level) {
		return new ComplaintFilter(projectId, status, department, assigneeId, topic, category, buildingId,
				householdId, channel, receivedFrom, receivedTo, flag, urgency, query, ids, unassigned, level);
	}

	/** The search text, unless it is a whole complaint or mobile number (which have indexes); else null. */
	String text() {
		return query == null || WHOLE_NUMBER.matcher(query).matches() || MOBILE.matcher(query).matches() ? null : query;
	}

	/**
	 * Whether the filter is a text search and nothing else but project and receipt time, which
	 * the search index can answer by itself ({@link ListTextIndex#latest}).
	 */
	boolean onlyTextProjectAndTime() {
		return text() != null && (status == null || status.isEmpty()) && department == null && assigneeId == null
				&& topic == null && category == null && buildingId == null && householdId == null && channel == null
				&& flag == null && urgency == null && ids == null && !unassigned && minEscalationLevel == null;
	}

	/**
	 * The search: a whole complaint number or mobile number is looked up by its index; any other
	 * text is a case-insensitive substring of number, complainant, phone, address, title or
	 * content (text without letters, such as Chinese, is compared as it is, which is cheaper).
	 */
	private Predicate matching(Root<Complaint> root, CriteriaBuilder cb) {
		if (WHOLE_NUMBER.matcher(query).matches()) {
			return cb.equal(root.get("number"), query.toUpperCase(Locale.ROOT));
		}
		if (MOBILE.matcher(query).matches()) {
			return cb.equal(root.get("complainantPhone"), query);
		}
		boolean caseless = query.toLowerCase(Locale.ROOT).equals(query.toUpperCase(Locale.ROOT));
		String like = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return cb.or(Stream.of("number", "complainantName", "complainantPhone", "complainantAddress", "title", "content")
			.map(field -> caseless ? cb.like(root.get(field), like, '\\')
					: cb.like(cb.lower(root.get(field)), like, '\\'))
			.toArray(Predicate[]::new));
	}

	/** The filter as a query, limited to the projects the caller may see ({@code null} = all). */
	Specification<Complaint> toSpecification(Set<Long> visibleProjects) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (visibleProjects != null) {
				where.add(visibleProjects.isEmpty() ? cb.disjunction() : root.get("projectId").in(visibleProjects));
			}
			if (projectId != null) {
				where.add(cb.equal(root.get("projectId"), projectId));
			}
			if (status != null && !status.isEmpty()) {
				where.add(root.get("status").in(status));
			}
			if (department != null) {
				where.add(cb.equal(root.get("department"), department));
			}
			if (assigneeId != null) {
				where.add(cb.equal(root.get("assigneeId"), assigneeId));
			}
			if (topic != null) {
				where.add(cb.equal(root.get("topic"), topic));
			}
			if (category != null) {
				where.add(cb.equal(root.get("category"), category));
			}
			if (buildingId != null) {
				where.add(cb.equal(root.get("buildingId"), buildingId));
			}
			if (householdId != null) {
				where.add(cb.equal(root.get("householdId"), householdId));
			}
			if (channel != null) {
				where.add(cb.equal(root.get("channel"), channel));
			}
			if (receivedFrom != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), receivedFrom));
			}
			if (receivedTo != null) {
				where.add(cb.lessThan(root.get("receivedAt"), receivedTo));
			}
			if (flag != null) {
				where.add(cb.equal(root.join("flags"), flag));
			}
			if (urgency != null) {
				where.add(cb.equal(root.get("urgency"), urgency));
			}
			if (ids != null) {
				where.add(ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids));
			}
			if (unassigned) {
				where.add(cb.isNull(root.get("assigneeId")));
			}
			if (minEscalationLevel != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("escalationLevel"), minEscalationLevel));
			}
			if (query() != null) { // query() is the text; the lambda's query is the CriteriaQuery
				where.add(matching(root, cb));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
