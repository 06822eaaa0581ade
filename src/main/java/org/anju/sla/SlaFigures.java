package org.anju.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

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
	 * Open complaints overdue now; of those received in the period, how many, the share that went
	 * overdue, and the shares contacted and resolved on time ({@code null} while none is due).
	 */
	public record Figures(long overdueNow, long received, double overdueRate, Double firstContactOnTime,
			Double resolutionOnTime) {
	}

}
