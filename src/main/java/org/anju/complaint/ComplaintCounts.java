package org.anju.complaint;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.anju.triage.Flag;
import org.anju.triage.Urgency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of complaints for the dashboard, each one GROUP BY query on the indexed columns — never
 * loading the complaints themselves, so that the figures stay quick with hundreds of thousands.
 * The caller passes the projects the user may see; none gives zero.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintCounts {

	private final EntityManager entities;

	ComplaintCounts(EntityManager entities) {
		this.entities = entities;
	}

	/** Complaints received in the projects from {@code from} (included) to {@code to} (excluded). */
	public long received(Collection<Long> projects, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return 0;
		}
		return entities.createQuery("""
				select count(c) from Complaint c where c.projectId in :projects
				and c.receivedAt >= :from and c.receivedAt < :to""", Long.class)
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.getSingleResult();
	}

	/** Complaints received in the period with a flag (e.g. {@link Flag#REPEAT}, 二次投诉). */
	public long receivedFlagged(Collection<Long> projects, Flag flag, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return 0;
		}
		return entities.createQuery("""
				select count(c) from Complaint c join c.flags f where f = :flag and c.projectId in :projects
				and c.receivedAt >= :from and c.receivedAt < :to""", Long.class)
			.setParameter("flag", flag).setParameter("projects", projects).setParameter("from", from)
			.setParameter("to", to)
			.getSingleResult();
	}

	/** Complaints received in the period per topic code, most first (unclassified ones under {@code null}). */
	public Map<String, Long> receivedByTopic(Collection<Long> projects, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return Map.of();
		}
		return toMap(entities.createQuery("""
				select c.topic, count(c) from Complaint c where c.projectId in :projects
				and c.receivedAt >= :from and c.receivedAt < :to group by c.topic order by count(c) desc""",
				Object[].class)
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.getResultList());
	}

	/**
	 * Complaints resolved in the projects from {@code from} (included) to {@code to} (excluded) and
	 * not reopened since (now RESOLVED or CLOSED).
	 */
	public long resolved(Collection<Long> projects, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return 0;
		}
		return entities.createQuery("""
				select count(c) from Complaint c where c.projectId in :projects and c.status in :done
				and c.resolvedAt >= :from and c.resolvedAt < :to""", Long.class)
			.setParameter("projects", projects).setParameter("done", List.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED))
			.setParameter("from", from).setParameter("to", to)
			.getSingleResult();
	}

	/**
	 * The newest complaints of a project received since a time, at most {@code limit}, as outlines
	 * without anything personal — for the anonymous public board. Cancelled ones are left out.
	 */
	public List<Outline> latest(long projectId, Instant since, int limit) {
		return entities.createQuery("""
				select c.id, c.topic, c.buildingId, c.receivedAt, c.status from Complaint c
				where c.projectId = :project and c.receivedAt >= :since and c.status <> :cancelled
				order by c.receivedAt desc, c.id desc""", Object[].class)
			.setParameter("project", projectId).setParameter("since", since)
			.setParameter("cancelled", ComplaintStatus.CANCELLED).setMaxResults(limit)
			.getResultList().stream()
			.map(row -> new Outline((Long) row[0], (String) row[1], (Long) row[2], (Instant) row[3],
					(ComplaintStatus) row[4]))
			.toList();
	}

	/** Open complaints per status. */
	public Map<ComplaintStatus, Long> openByStatus(Collection<Long> projects) {
		Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
		openBy("status", projects).forEach(row -> counts.put((ComplaintStatus) row[0], (Long) row[1]));
		return counts;
	}

	/** Open complaints per department code, most first. */
	public Map<String, Long> openByDepartment(Collection<Long> projects) {
		return toMap(openBy("department", projects));
	}

	/** Open complaints per building id, most first (those without a building under {@code null}). */
	public Map<Long, Long> openByBuilding(Collection<Long> projects) {
		return toMap(openBy("buildingId", projects));
	}

	private List<Object[]> openBy(String field, Collection<Long> projects) {
		if (projects.isEmpty()) {
			return List.of();
		}
		return entities.createQuery("select c." + field + ", count(c) from Complaint c where c.projectId in :projects"
				+ " and c.status in :open group by c." + field + " order by count(c) desc", Object[].class)
			.setParameter("projects", projects).setParameter("open", ComplaintStatus.OPEN)
			.getResultList();
	}

	/** What received complaints can be counted by: a column of the complaint. */
	public enum By {

		CHANNEL("channel"), CATEGORY("category"), TOPIC("topic"), DEPARTMENT("department"), BUILDING("buildingId"),
		NATURE("nature"), URGENCY("urgency"), ASSIGNEE("assigneeId"), ESCALATION("escalationLevel");

		private final String field;

		By(String field) {
			this.field = field;
		}

	}

	/**
	 * Complaints received in the period per combination of the columns (e.g. topic × building),
	 * most first; a key is the column's value as text, or {@code null}.
	 */
	public List<Group> receivedBy(Collection<Long> projects, Instant from, Instant to, By... by) {
		if (projects.isEmpty()) {
			return List.of();
		}
		String columns = Arrays.stream(by).map(b -> "c." + b.field).collect(Collectors.joining(", "));
		return entities.createQuery("select " + columns + ", count(c) from Complaint c where c.projectId in :projects"
				+ " and c.receivedAt >= :from and c.receivedAt < :to group by " + columns + " order by count(c) desc",
				Object[].class)
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.getResultList().stream()
			.map(row -> new Group(Arrays.stream(row, 0, by.length).map(ComplaintCounts::text).toList(),
					(Long) row[by.length]))
			.toList();
	}

	/** The complaints received in the period whose column has the value (a spike's complaints), oldest first. */
	public List<Ref> receivedWith(Collection<Long> projects, Instant from, Instant to, By by, String value,
			int limit) {
		if (projects.isEmpty()) {
			return List.of();
		}
		Object typed = switch (by) {
			case BUILDING, ASSIGNEE -> Long.valueOf(value);
			case ESCALATION -> Integer.valueOf(value);
			case CHANNEL -> Channel.valueOf(value);
			case NATURE -> Nature.valueOf(value);
			case URGENCY -> Urgency.valueOf(value);
			default -> value;
		};
		return entities.createQuery("select c.id, c.number from Complaint c where c.projectId in :projects"
				+ " and c.receivedAt >= :from and c.receivedAt < :to and c." + by.field + " = :value"
				+ " order by c.receivedAt, c.id", Object[].class)
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.setParameter("value", typed).setMaxResults(limit)
			.getResultList().stream().map(row -> new Ref((Long) row[0], (String) row[1])).toList();
	}

	/**
	 * Complaints open at a moment: received before it and either open now, or resolved (and not
	 * reopened since) at or after it. Cancelled ones are left out, whenever they were cancelled.
	 */
	public long openAt(Collection<Long> projects, Instant at) {
		if (projects.isEmpty()) {
			return 0;
		}
		return entities.createQuery("""
				select count(c) from Complaint c where c.projectId in :projects and c.receivedAt < :at
				and (c.status in :open or (c.status in :done and c.resolvedAt >= :at))""", Long.class)
			.setParameter("projects", projects).setParameter("at", at).setParameter("open", ComplaintStatus.OPEN)
			.setParameter("done", List.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED))
			.getSingleResult();
	}

	/** Reopenings in the period per column of the reopened complaint (its department, its assignee). */
	public Map<String, Long> reopenedBy(Collection<Long> projects, Instant from, Instant to, By by) {
		if (projects.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		entities.createQuery("select c." + by.field + ", count(t) from TimelineEntry t join t.complaint c"
				+ " where c.projectId in :projects and t.toStatus = :reopened and t.occurredAt >= :from"
				+ " and t.occurredAt < :to group by c." + by.field, Object[].class)
			.setParameter("projects", projects).setParameter("reopened", ComplaintStatus.REOPENED)
			.setParameter("from", from).setParameter("to", to)
			.getResultList().forEach(row -> counts.put(text(row[0]), (Long) row[1]));
		return counts;
	}

	/**
	 * The times of the complaints received in the period, in seconds: receipt to record (into the
	 * system) and to assignment, on average; receipt to resolution of those resolved and not
	 * reopened, on average and the 90th percentile (interpolated, {@code percentile_cont}, which
	 * PostgreSQL and H2 both compute). Averages are {@code null} when nothing counts.
	 */
	public Times times(Collection<Long> projects, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return new Times(0, null, null, null, null);
		}
		Object[] row = (Object[]) entities.createNativeQuery("""
				select count(case when c.status in ('RESOLVED', 'CLOSED') and c.resolved_at is not null then 1 end),
				  avg(extract(epoch from c.recorded_at) - extract(epoch from c.received_at)),
				  avg(extract(epoch from c.assigned_at) - extract(epoch from c.received_at)),
				  avg(case when c.status in ('RESOLVED', 'CLOSED')
				    then extract(epoch from c.resolved_at) - extract(epoch from c.received_at) end),
				  percentile_cont(0.9) within group (order by case when c.status in ('RESOLVED', 'CLOSED')
				    then extract(epoch from c.resolved_at) - extract(epoch from c.received_at) end)
				from complaint c where c.project_id in (:projects) and c.received_at >= :from and c.received_at < :to""")
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.getSingleResult();
		return new Times(((Number) row[0]).longValue(), number(row[1]), number(row[2]), number(row[3]),
				number(row[4]));
	}

	/** One combination of columns and how many complaints have it. */
	public record Group(List<String> keys, long count) {

		public String key() {
			return keys.get(0);
		}

	}

	/** A complaint by id and number. */
	public record Ref(long id, String number) {
	}

	/**
	 * Times in seconds of the complaints received in a period: receipt to record and to assignment
	 * (averages), and of the {@code resolved} ones receipt to resolution (average, 90th percentile).
	 */
	public record Times(long resolved, Double toSystemSeconds, Double toAssignmentSeconds,
			Double handlingSeconds, Double p90HandlingSeconds) {
	}

	private static String text(Object value) {
		return value == null ? null : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
	}

	private static Double number(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

	/** A complaint as the public may see it: what about, where (the building only), when and how far. */
	public record Outline(long id, String topic, Long buildingId, Instant receivedAt, ComplaintStatus status) {
	}

	@SuppressWarnings("unchecked")
	private static <K> Map<K, Long> toMap(List<Object[]> rows) {
		Map<K, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put((K) row[0], (Long) row[1]));
		return counts;
	}

}
