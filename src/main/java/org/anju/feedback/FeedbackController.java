package org.anju.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.complaint.Complaints;
import org.anju.complaint.ContactMethod;
import org.anju.directory.Directory;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's side of feedback: the ratings of a complaint, the callback, the review team's work and
 * the measures. Owners rate through the owners' API.
 */
@RestController
@RequestMapping("/api/v1")
class FeedbackController {

	private final Ratings ratings;

	private final Callbacks callbacks;

	private final Reviews reviews;

	private final FeedbackMeasures measures;

	private final Complaints complaints;

	private final Directory directory;

	private final ZoneId zone;

	FeedbackController(Ratings ratings, Callbacks callbacks, Reviews reviews, FeedbackMeasures measures,
			Complaints complaints, Directory directory, Clock clock) {
		this.ratings = ratings;
		this.callbacks = callbacks;
		this.reviews = reviews;
		this.measures = measures;
		this.complaints = complaints;
		this.directory = directory;
		this.zone = clock.getZone();
	}

	@GetMapping("/complaints/{id}/ratings")
	List<RatingRef> ofComplaint(@PathVariable long id) {
		complaints.get(id, CurrentActor.get());
		return ratings.of(id);
	}

	/** Records the callback after a resolution; a satisfied owner closes the complaint. */
	@PostMapping("/complaints/{id}/callback")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void callback(@PathVariable long id, @Valid @RequestBody Callback request) {
		callbacks.record(id, request.method(), request.outcome(), request.stars(), request.note(), CurrentActor.get());
	}

	@GetMapping("/complaints/{id}/reviews")
	List<ReviewRef> reviewsOf(@PathVariable long id) {
		return reviews.of(id, CurrentActor.get());
	}

	@PostMapping("/reviews/{id}/take")
	ReviewRef take(@PathVariable long id) {
		return reviews.take(id, CurrentActor.get());
	}

	@PostMapping("/reviews/{id}/findings")
	ReviewRef findings(@PathVariable long id, @Valid @RequestBody Findings request) {
		return reviews.record(id, request.text(), CurrentActor.get());
	}

	@PostMapping("/reviews/{id}/finish")
	ReviewRef finish(@PathVariable long id, @Valid @RequestBody Finish request) {
		return reviews.finish(id, request.outcome(), CurrentActor.get());
	}

	/** Ratings given from {@code from} to {@code to} (inclusive days, the company's time zone). */
	@GetMapping("/projects/{projectId}/satisfaction")
	Ratings.Satisfaction satisfaction(@PathVariable long projectId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ratings.satisfaction(visible(projectId, CurrentActor.get()), start(from), start(to.plusDays(1)));
	}

	/** The measures of the resolutions from {@code from} to {@code to}, grouped {@code by}. */
	@GetMapping("/feedback/measures")
	List<FeedbackMeasures.Measure> measures(@RequestParam(required = false) Long projectId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "PROJECT") FeedbackMeasures.By by) {
		Actor actor = CurrentActor.get();
		Set<Long> projects = directory.projectIdsFor(projectId, actor);
		return measures.of(projects, start(from), start(to.plusDays(1)), by);
	}

	private long visible(long projectId, Actor actor) {
		if (!actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
		return projectId;
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}

	record Callback(@NotNull ContactMethod method, @NotNull CallbackOutcome outcome, @Min(1) @Max(5) Integer stars,
			@Size(max = 2000) String note) {
	}

	record Findings(@NotBlank @Size(max = 2000) String text) {
	}

	record Finish(@NotNull @Pattern(regexp = "SATISFIED|NOT_SATISFIED") String outcome) {
	}

}
