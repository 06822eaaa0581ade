package org.anju.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a sampled household's answer, from the owner or from staff after a phone interview: every
 * question of the round's questionnaire scored 1 to 5, once per household (a second answer is
 * refused, the first counts). A score at or below {@code anju.survey.low-score} opens a follow-up.
 */
@Service
@Transactional
class Answers {

	private final SampleRepository samples;

	private final RoundRepository rounds;

	private final Questionnaires questionnaires;

	private final FollowUpRepository followUps;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int lowScore;

	Answers(SampleRepository samples, RoundRepository rounds, Questionnaires questionnaires,
			FollowUpRepository followUps, JdbcTemplate jdbc, Clock clock, @Value("${anju.survey.low-score:2}") int lowScore) {
		this.samples = samples;
		this.rounds = rounds;
		this.questionnaires = questionnaires;
		this.followUps = followUps;
		this.jdbc = jdbc;
		this.clock = clock;
		this.lowScore = lowScore;
	}

	/** One element's score and an optional comment. */
	record Score(String element, Integer score, String comment) {
	}

	/** A household's place in a round, as the owner sees it. */
	record Invitation(long roundId, String quarter, boolean answered, Instant answeredAt,
			List<Questionnaires.QuestionView> questions) {
	}

	/** The sampled household of a round; anything else is not found. */
	@Transactional(readOnly = true)
	Sample sample(long roundId, long householdId) {
		return samples.findByRoundIdAndHouseholdId(roundId, householdId)
			.orElseThrow(() -> new NotFoundException("Survey invitation", roundId + "/" + householdId));
	}

	void answer(long roundId, long householdId, List<Score> scores, Sample.Via via, Long residentId, String enteredBy) {
		Sample sample = sample(roundId, householdId);
		Round round = rounds.findById(roundId).orElseThrow();
		List<Question> questions = questionnaires.get(round.getQuestionnaireId()).getQuestions();
		Map<String, Score> byElement = valid(questions, scores == null ? List.of() : scores);
		Instant now = clock.instant();
		sample.answered(now, via, residentId, enteredBy);
		samples.saveAndFlush(sample);
		for (Question question : questions) {
			Score score = byElement.get(question.element());
			jdbc.update("insert into survey_score (sample_id, round_id, building_id, element, score, comment) "
					+ "values (?, ?, ?, ?, ?, ?)", sample.getId(), roundId, sample.getBuildingId(), question.element(),
					score.score(), score.comment());
			if (score.score() <= lowScore) {
				followUps.save(new FollowUp(sample, question.element(), score.score(), score.comment(), now));
			}
		}
	}

	/** The rounds the household was sampled for, newest first. */
	@Transactional(readOnly = true)
	List<Invitation> of(long householdId) {
		return samples.findByHouseholdIdOrderByIdDesc(householdId).stream().map(s -> {
			Round round = rounds.findById(s.getRoundId()).orElseThrow();
			return new Invitation(round.getId(), round.getQuarter(), s.isAnswered(), s.getAnsweredAt(),
					questionnaires.get(round.getQuestionnaireId()).getQuestions().stream()
						.map(Questionnaires.QuestionView::of).toList());
		}).toList();
	}

	private static Map<String, Score> valid(List<Question> questions, List<Score> scores) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Score> byElement = new HashMap<>();
		for (Score score : scores) {
			if (score == null || score.element() == null
					|| questions.stream().noneMatch(q -> q.element().equals(score.element()))) {
				errors.add(new FieldError("answers", "unknown element " + (score == null ? null : score.element())));
			}
			else if (byElement.put(score.element(), normalised(score)) != null) {
				errors.add(new FieldError("answers." + score.element(), "answered twice"));
			}
		}
		for (Question question : questions) {
			Score score = byElement.get(question.element());
			if (score == null || score.score() == null || score.score() < 1 || score.score() > 5) {
				errors.add(new FieldError("answers." + question.element(), "a score from 1 to 5 is required"));
			}
			else if (score.comment() != null && score.comment().length() > 500) {
				errors.add(new FieldError("answers." + question.element(), "the comment is at most 500 characters"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return byElement;
	}

	private static Score normalised(Score score) {
		String comment = score.comment() == null || score.comment().isBlank() ? null : score.comment().strip();
		return new Score(score.element(), score.score(), comment);
	}

}
