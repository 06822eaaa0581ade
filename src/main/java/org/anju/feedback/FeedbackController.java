package org.anju.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.anju.complaint.Complaints;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the owners' ratings of a complaint and a project's satisfaction over a period. */
@RestController
@RequestMapping("/api/v1")
class FeedbackController {

	private final Ratings ratings;

	private final Complaints complaints;

	private final ZoneId zone;

	FeedbackController(Ratings ratings, Complaints complaints, Clock clock) {
		this.ratings = ratings;
		this.complaints = complaints;
		this.zone = clock.getZone();
	}

	@GetMapping("/complaints/{id}/ratings")
	List<RatingRef> ofComplaint(@PathVariable long id) {
		complaints.get(id, CurrentActor.get());
		return ratings.of(id);
	}

	/** Ratings given from {@code from} to {@code to} (inclusive days, the company's time zone). */
	@GetMapping("/projects/{projectId}/satisfaction")
	Ratings.Satisfaction satisfaction(@PathVariable long projectId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Actor actor = CurrentActor.get();
		if (!actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
		Instant start = from.atStartOfDay(zone).toInstant();
		return ratings.satisfaction(projectId, start, to.plusDays(1).atStartOfDay(zone).toInstant());
	}

}
