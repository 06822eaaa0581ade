package org.anju.survey;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.anju.platform.security.CurrentOwner;
import org.anju.platform.security.Owner;
import org.anju.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owners' survey API: the rounds their household was sampled for, and their answer (once). */
@RestController
@RequestMapping("/api/v1/owner/surveys")
@Tag(name = "Satisfaction survey (owners)")
class OwnerSurveyController {

	private final Answers answers;

	OwnerSurveyController(Answers answers) {
		this.answers = answers;
	}

	record OwnerAnswer(Long roundId, List<Answers.Score> answers) {
	}

	record Receipt(long roundId, boolean answered) {
	}

	@GetMapping
	@Operation(summary = "The surveys the owner's household was invited to, newest first, with their questions")
	List<Answers.Invitation> list() {
		return answers.of(CurrentOwner.get().householdId());
	}

	@PostMapping
	@Operation(summary = "Answer a survey: every question 1 to 5, with optional comments",
			description = "404 unless the household was sampled for the round; 409 when it answered already.")
	ResponseEntity<Receipt> answer(@RequestBody OwnerAnswer request) {
		Owner owner = CurrentOwner.get();
		if (request.roundId() == null) {
			throw new InvalidInputException("roundId", "is required");
		}
		answers.answer(request.roundId(), owner.householdId(), request.answers(), Sample.Via.OWNER, owner.residentId(),
				null);
		return ResponseEntity.status(201).body(new Receipt(request.roundId(), true));
	}

}
