package org.anju.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.anju.triage.Flag;
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
