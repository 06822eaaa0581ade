package org.anju.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about deadlines. */
@Service
@Transactional(readOnly = true)
public class SlaQueries {

	private final DeadlinesRepository deadlines;

	SlaQueries(DeadlinesRepository deadlines) {
		this.deadlines = deadlines;
	}

	/** When the complaint is due to be resolved, if its clock runs. */
	public Optional<Instant> resolutionDue(long complaintId) {
		return deadlines.findById(complaintId).map(Deadlines::getResolutionDue);
	}

	/** The resolution due times of several complaints (a page of a list), by complaint id. */
	public Map<Long, Instant> resolutionDue(Collection<Long> complaintIds) {
		Map<Long, Instant> due = new HashMap<>();
		deadlines.findAllById(complaintIds).stream().filter(d -> d.getResolutionDue() != null)
			.forEach(d -> due.put(d.getComplaintId(), d.getResolutionDue()));
		return due;
	}

	/**
	 * Open complaints whose resolution warning fired but whose deadline has not passed, soonest
	 * first, at most {@code limit}, in the given projects ({@code null} = every project).
	 */
	public List<Long> aboutToBreach(Set<Long> projects, int limit) {
		return deadlines.aboutToBreachIds(projects == null, orNone(projects), PageRequest.of(0, limit));
	}

	/** How many complaints {@link #aboutToBreach} would find without a limit. */
	public long countAboutToBreach(Set<Long> projects) {
		return deadlines.countAboutToBreach(projects == null, orNone(projects));
	}

	/**
	 * Open complaints past their first-contact or resolution deadline, the longest overdue first,
	 * at most {@code limit}, in the given projects ({@code null} = every project).
	 */
	public List<Long> overdue(Set<Long> projects, int limit) {
		return deadlines.overdueIds(projects == null, orNone(projects), PageRequest.of(0, limit));
	}

	/** How many complaints {@link #overdue} would find without a limit. */
	public long countOverdue(Set<Long> projects) {
		return deadlines.countOverdue(projects == null, orNone(projects));
	}

	/** An empty IN list is not valid SQL everywhere; -1 is no project's id. */
	private static Collection<Long> orNone(Set<Long> projects) {
		return projects == null || projects.isEmpty() ? List.of(-1L) : projects;
	}

}
