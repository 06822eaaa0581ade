package org.anju.sla;

import java.time.Instant;
import java.util.Optional;

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

}
