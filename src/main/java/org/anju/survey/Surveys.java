package org.anju.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the survey: the public summary of a project's latest round, and a
 * household's own answers for the staff's owner 360 view.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

	private final RoundRepository rounds;

	private final Results results;

	private final Questionnaires questionnaires;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Surveys(RoundRepository rounds, Results results, Questionnaires questionnaires, JdbcTemplate jdbc, Clock clock) {
		this.rounds = rounds;
		this.results = results;
		this.questionnaires = questionnaires;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The rounds a household answered, newest first, with its scores; callers check who may see them. */
	public List<HouseholdAnswer> answersOf(long householdId) {
		Map<Long, HouseholdAnswer> answers = new LinkedHashMap<>();
		jdbc.query("""
				select s.id, r.quarter, s.answered_at, s.answered_via, c.element, c.score, c.comment
				from survey_sample s join survey_round r on r.id = s.round_id join survey_score c on c.sample_id = s.id
				where s.household_id = ? and s.answered_at is not null order by s.answered_at desc, s.id desc, c.id""",
				(RowCallbackHandler) rs -> {
					String quarter = rs.getString(2);
					Instant at = rs.getTimestamp(3).toInstant();
					String via = rs.getString(4);
					HouseholdAnswer answer = answers.computeIfAbsent(rs.getLong(1),
							id -> new HouseholdAnswer(quarter, at, via, new ArrayList<>()));
					String element = rs.getString(5);
					answer.scores().add(new Score(element, Elements.zh(element), Elements.en(element), rs.getInt(6),
							rs.getString(7)));
				}, householdId);
		return List.copyOf(answers.values());
	}

	/** A household's answer to one round: when, how (OWNER or STAFF) and each element's score. */
	public record HouseholdAnswer(String quarter, Instant answeredAt, String via, List<Score> scores) {

		/** The mean of the scores. */
		public double average() {
			return scores.stream().mapToInt(Score::score).average().orElse(0);
		}

	}

	/** One element's score (1–5) and the owner's comment. */
	public record Score(String element, String nameZh, String nameEn, int score, String comment) {
	}

	/** The latest round of the current quarter or before; {@link SurveySummary#none()} while there is none. */
	public SurveySummary summary(long projectId) {
		int now = Quarter.of(LocalDate.now(clock)).index();
		return rounds.findFirstByProjectIdAndQuarterIndexLessThanEqualOrderByQuarterIndexDesc(projectId, now)
			.map(this::summary)
			.orElseGet(SurveySummary::none);
	}

	private SurveySummary summary(Round round) {
		long answered = results.answered(round);
		Map<String, Double> averages = results.elementAverages(round);
		return new SurveySummary(round.getQuarter(), round.getSampled(), answered,
				Results.rate(answered, round.getSampled()),
				questionnaires.get(round.getQuestionnaireId()).getQuestions().stream()
					.map(q -> new SurveySummary.ElementAverage(q.element(), Elements.zh(q.element()),
							Elements.en(q.element()), averages.get(q.element())))
					.toList());
	}

}
