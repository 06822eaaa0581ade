package org.anju.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.anju.sla.calendar.WorkingCalendar;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about deadlines. */
@Service
@Transactional(readOnly = true)
public class SlaQueries {

	private final DeadlinesRepository deadlines;

	private final Calendars calendars;

	private final Clock clock;

	SlaQueries(DeadlinesRepository deadlines, Calendars calendars, Clock clock) {
		this.deadlines = deadlines;
		this.calendars = calendars;
		this.clock = clock;
	}

	/** When the complaint is due to be resolved, if its clock runs. */
	public Optional<Instant> resolutionDue(long complaintId) {
		return deadlines.findById(complaintId).map(Deadlines::getResolutionDue);
	}

	/** The complaint's first-contact and resolution clocks with the working time left (the workbench shows them). */
	public Optional<ComplaintClocks> clocks(long complaintId) {
		return deadlines.findById(complaintId).map(this::clocks);
	}

	private ComplaintClocks clocks(Deadlines d) {
		Instant now = clock.instant();
		WorkingCalendar calendar = calendars.of(d.getProjectId());
		boolean open = d.getState() == Deadlines.State.OPEN;
		boolean onHold = open && d.getHoldStartedAt() != null;
		Long contactLeft = !open || d.getFirstContactedAt() != null || d.getFirstContactDue() == null ? null
				: calendar.workingTimeBetween(now, d.getFirstContactDue()).toMinutes();
		Long resolutionLeft = !open || d.getResolutionDue() == null ? null
				: onHold && d.getRemainingAtHoldSeconds() != null
						? Duration.ofSeconds(d.getRemainingAtHoldSeconds()).toMinutes()
						: calendar.workingTimeBetween(now, d.getResolutionDue()).toMinutes();
		return new ComplaintClocks(d.getFirstContactDue(), d.getFirstContactedAt(), d.isFirstContactBreached(),
				contactLeft, d.getResolutionDue(), d.isResolutionBreached(), resolutionLeft, onHold,
				d.held(now).toMinutes(), d.isComplex(), d.getCallbackDue(), open);
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
