package org.anju.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.platform.security.CurrentOwner;
import org.anju.platform.security.Owner;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The owner's answer page, linked from the invitation: one 1-to-5 choice and a comment per
 * question, phone-sized, no script. The {@code /owner/**} chain requires the owner's session; a
 * round the household was not sampled for is not found.
 */
@Controller
@RequestMapping("/owner/surveys/{roundId}")
class OwnerSurveyPage {

	private final Answers answers;

	private final Rounds rounds;

	private final Questionnaires questionnaires;

	OwnerSurveyPage(Answers answers, Rounds rounds, Questionnaires questionnaires) {
		this.answers = answers;
		this.rounds = rounds;
		this.questionnaires = questionnaires;
	}

	@GetMapping
	String show(@PathVariable long roundId, Model model) {
		Owner owner = CurrentOwner.get();
		Sample sample = answers.sample(roundId, owner.householdId());
		return page(roundId, sample.isAnswered(), Map.of(), List.of(), model);
	}

	@PostMapping
	String answer(@PathVariable long roundId, @RequestParam Map<String, String> form, Model model) {
		Owner owner = CurrentOwner.get();
		answers.sample(roundId, owner.householdId());
		List<Answers.Score> scores = new ArrayList<>();
		for (Question q : questions(roundId)) {
			String score = form.get("score_" + q.element());
			scores.add(new Answers.Score(q.element(), score == null || !score.matches("[1-5]") ? null : Integer.valueOf(score),
					form.get("comment_" + q.element())));
		}
		try {
			answers.answer(roundId, owner.householdId(), scores, Sample.Via.OWNER, owner.residentId(), null);
		}
		catch (InvalidInputException ex) {
			return page(roundId, false, form, ex.errors().stream().filter(FieldError.class::isInstance)
				.map(e -> ((FieldError) e).field().replace("answers.", "")).toList(), model);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("already", true);
			return page(roundId, true, form, List.of(), model);
		}
		return "redirect:/owner/surveys/" + roundId + "?thanks";
	}

	/** A round the household was not sampled for (or no round at all). */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "survey/not-found";
	}

	private String page(long roundId, boolean answered, Map<String, String> form, List<String> missing, Model model) {
		model.addAttribute("round", rounds.get(roundId));
		model.addAttribute("quarter", Quarter.parse(rounds.get(roundId).getQuarter()));
		model.addAttribute("questions", questions(roundId).stream().map(Questionnaires.QuestionView::of).toList());
		model.addAttribute("answered", answered);
		model.addAttribute("form", form);
		model.addAttribute("missing", missing);
		return "survey/answer";
	}

	private List<Question> questions(long roundId) {
		return questionnaires.get(rounds.get(roundId).getQuestionnaireId()).getQuestions();
	}

}
