package org.anju.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline figures of the dashboard: how many open complaints are overdue now (the overdue
 * queue), and the measures of the complaints received in a period as {@code /api/v1/sla/measures}
 * gives them.
 */
@Service
@Transactional(readOnly = true)
public class SlaFigures {

	private final DeadlinesRepository deadlines;

	private final EntityManager entities;

	private final Clock clock;

	SlaFigures(DeadlinesRepository deadlines, EntityManager entities, Clock clock) {
		this.deadlines = deadlines;
		this.entities = entities;
		this.clock = clock;
	}

	/** The figures of the projects; {@code from} and {@code to} bound the receipt of the complaints measured. */
	public Figures of(Collection<Long> projects, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return new Figures(0, 0, 0, null, null);
		}
		long overdueNow = entities.createQuery("""
				select count(c) from Deadlines c where c.state = 'OPEN'
				and (c.resolutionBreached = true or c.firstContactBreached = true) and c.projectId in :projects""",
				Long.class)
			.setParameter("projects", projects).getSingleResult();
		Measures m = Measures.of("all", deadlines.receivedBetween(from, to, null, projects), clock.instant());
		return new Figures(overdueNow, m.complaints(), m.overdueRate(), m.firstContactOnTime(), m.resolutionOnTime());
	}

	/**
	 * The deadline rates of the complaints received in the period, counted in SQL: how many went
	 * overdue (resolution breached, or open, not on hold and past due now), how many had a first
	 * contact due and were contacted by then, how many are resolved and how many of those by their
	 * due time without a breach.
	 */
	public Rates rates(Collection<Long> projects, Instant from, Instant to) {
		if (projects.isEmpty()) {
			return new Rates(0, 0, 0, 0, 0, 0);
		}
		Object[] row = entities.createQuery("""
				select count(c),
				  sum(case when c.resolutionBreached = true or (c.state = 'OPEN' and c.holdStartedAt is null
				    and c.resolutionDue < :now) then 1 else 0 end),
				  count(c.firstContactDue),
				  sum(case when c.firstContactedAt is not null and c.firstContactedAt <= c.firstContactDue then 1 else 0 end),
				  count(c.resolvedAt),
				  sum(case when c.resolvedAt is not null and c.resolutionBreached = false
				    and (c.resolutionDue is null or c.resolvedAt <= c.resolutionDue) then 1 else 0 end)
				from Deadlines c where c.projectId in :projects and c.receivedAt >= :from and c.receivedAt < :to""",
				Object[].class)
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.setParameter("now", clock.instant()).getSingleResult();
		return new Rates(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]));
	}

	/** What the handling figures are grouped by. */
	public enum By {

		DEPARTMENT("department"), ASSIGNEE("assigneeId");

		private final String field;

		By(String field) {
			this.field = field;
		}

	}

	/**
	 * Per department or assignee: the complaints resolved in the period (and not reopened since),
	 * how many of those on time (by the due time, no breach), how many late, the average hours from
	 * receipt to resolution; and the open complaints overdue now (past due, not on hold).
	 */
	public List<Handling> handling(Collection<Long> projects, Instant from, Instant to, By by) {
		if (projects.isEmpty()) {
			return List.of();
		}
		List<Handling> result = new ArrayList<>();
		entities.createQuery("select c." + by.field + """
				, sum(case when c.resolvedAt >= :from and c.resolvedAt < :to then 1 else 0 end),
				  sum(case when c.resolvedAt >= :from and c.resolvedAt < :to and c.resolutionBreached = false
				    and (c.resolutionDue is null or c.resolvedAt <= c.resolutionDue) then 1 else 0 end),
				  sum(case when c.state = 'OPEN' and (c.resolutionBreached = true or (c.holdStartedAt is null
				    and c.resolutionDue < :now)) then 1 else 0 end),
				  avg(case when c.resolvedAt >= :from and c.resolvedAt < :to
				    then (c.resolvedAt - c.receivedAt) by second end)
				from Deadlines c where c.projectId in :projects
				and ((c.resolvedAt >= :from and c.resolvedAt < :to) or c.state = 'OPEN')
				group by c.""" + by.field, Object[].class)
			.setParameter("projects", projects).setParameter("from", from).setParameter("to", to)
			.setParameter("now", clock.instant())
			.getResultList().forEach(row -> {
				long handled = n(row[1]);
				long onTime = n(row[2]);
				result.add(new Handling(row[0] == null ? null : String.valueOf(row[0]), handled, onTime,
						handled - onTime, n(row[3]), row[4] == null ? null : ((Number) row[4]).doubleValue() / 3600));
			});
		return result;
	}

	private static long n(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	/** Counts behind the deadline rates of the complaints received in a period; see {@link #rates}. */
	public record Rates(long received, long overdue, long firstContactDue, long firstContactOnTime, long resolved,
			long resolvedOnTime) {

		public Double overdueRate() {
			return share(overdue, received);
		}

		public Double firstContactOnTimeRate() {
			return share(firstContactOnTime, firstContactDue);
		}

		public Double resolutionOnTimeRate() {
			return share(resolvedOnTime, resolved);
		}

		private static Double share(long part, long whole) {
			return whole == 0 ? null : part / (double) whole;
		}

	}

	/** One department's or staff member's handling in a period; see {@link #handling}. */
	public record Handling(String group, long handled, long onTime, long late, long openOverdue,
			Double averageHandlingHours) {
	}

	/**
	 * Open complaints overdue now; of those received in the period, how many, the share that went
	 * overdue, and the shares contacted and resolved on time ({@code null} while none is due).
	 */
	public record Figures(long overdueNow, long received, double overdueRate, Double firstContactOnTime,
			Double resolutionOnTime) {
	}

}
