package org.anju.portal;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.feedback.RatingRef;
import org.anju.feedback.Ratings;
import org.anju.intake.OwnerDesk;
import org.anju.notification.OwnerInbox;
import org.anju.platform.security.CurrentOwner;
import org.anju.platform.security.Owner;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's feedback and inbox for the app and the mini-program (bearer token): rate a resolved
 * complaint, reopen it as not solved, read the latest rating, and the inbox of messages and
 * household notices. Another household's complaint is 404.
 */
@RestController
@RequestMapping("/api/v1/owner")
class OwnerFeedbackController {

	private final Ratings ratings;

	private final OwnerDesk desk;

	private final OwnerInbox inbox;

	OwnerFeedbackController(Ratings ratings, OwnerDesk desk, OwnerInbox inbox) {
		this.ratings = ratings;
		this.desk = desk;
		this.inbox = inbox;
	}

	/** 201 with the rating; 409 unless the complaint is resolved and not yet rated for this resolution. */
	@PostMapping("/complaints/{id}/rating")
	@ResponseStatus(HttpStatus.CREATED)
	RatingRef rate(@PathVariable long id, @Valid @RequestBody RatingRequest request) {
		Owner owner = CurrentOwner.get();
		desk.complaint(owner, id);
		return ratings.rate(id, owner, request.stars(), request.solved(), request.comment());
	}

	/** The complaint's latest rating; 404 when it has none. */
	@GetMapping("/complaints/{id}/rating")
	RatingRef rating(@PathVariable long id) {
		desk.complaint(CurrentOwner.get(), id);
		return ratings.latest(id).orElseThrow(() -> new NotFoundException("Rating of complaint", id));
	}

	/** The owner says it is not solved: the complaint goes back into handling (409 unless resolved or closed). */
	@PostMapping("/complaints/{id}/reopen")
	Reopened reopen(@PathVariable long id, @Valid @RequestBody ReopenRequest request) {
		Owner owner = CurrentOwner.get();
		desk.complaint(owner, id);
		Complaint complaint = ratings.reopen(id, owner, request.reason());
		return new Reopened(complaint.getId(), complaint.getNumber(), complaint.getStatus());
	}

	/** The messages sent to the owner and the notices sent to the household, newest first. */
	@GetMapping("/inbox")
	OwnerInbox.Inbox inbox() {
		Owner owner = CurrentOwner.get();
		return inbox.of(owner.residentId(), owner.householdId());
	}

	record RatingRequest(@NotNull @Min(1) @Max(5) Integer stars, @NotNull Boolean solved,
			@Size(max = 1000) String comment) {
	}

	record ReopenRequest(@NotBlank @Size(max = 500) String reason) {
	}

	record Reopened(long id, String number, ComplaintStatus status) {
	}

}
