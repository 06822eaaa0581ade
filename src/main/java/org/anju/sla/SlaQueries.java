package org.anju.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.anju.sla.calendar.WorkingCalendar;
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

}
