package org.anju.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the survey: the public summary of a project's latest round. */
@Service
@Transactional(readOnly = true)
public class Surveys {

	private final RoundRepository rounds;

	private final Results results;

	private final Questionnaires questionnaires;

	private final Clock clock;

	Surveys(RoundRepository rounds, Results results, Questionnaires questionnaires, Clock clock) {
		this.rounds = rounds;
		this.results = results;
		this.questionnaires = questionnaires;
		this.clock = clock;
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
