package org.anju.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results: the response rate, per element the average and the distribution of scores,
 * per building the averages, and the change from the project's previous round. Aggregates name no
 * household; {@link #answers} (who answered what) is for the staff who follow up.
 */
@Service
@Transactional(readOnly = true)
class Results {

	private final RoundRepository rounds;

	private final SampleRepository samples;

	private final Questionnaires questionnaires;

	private final Directory directory;

	private final JdbcTemplate jdbc;

	Results(RoundRepository rounds, SampleRepository samples, Questionnaires questionnaires, Directory directory,
			JdbcTemplate jdbc) {
		this.rounds = rounds;
		this.samples = samples;
		this.questionnaires = questionnaires;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	record RoundResults(long roundId, long projectId, String quarter, int sampled, long answered, Double responseRate,
			int shortfall, List<ElementResult> elements, List<BuildingResult> buildings, Previous previous) {
	}

	/** An element: how many scored it, the average, how many gave 1 … 5, and the change from the previous round. */
	record ElementResult(String element, String nameZh, String nameEn, long answers, Double average,
			Map<Integer, Long> distribution, Double previousAverage, Double change) {
	}

	record BuildingResult(long buildingId, String building, long sampled, long answered, Map<String, Double> averages) {
	}

	record Previous(long roundId, String quarter, Double responseRate) {
	}

	/** One household's answer, for follow-up. */
	record HouseholdAnswer(long householdId, String household, Instant answeredAt, Sample.Via via, Long residentId,
			String enteredBy, List<Answers.Score> scores) {
	}

	RoundResults of(Round round) {
		long answered = samples.countByRoundIdAndAnsweredAtIsNotNull(round.getId());
		Map<String, Map<Integer, Long>> distribution = distribution(round.getId());
		Round previous = rounds.findFirstByProjectIdAndQuarterIndexLessThanOrderByQuarterIndexDesc(round.getProjectId(),
				round.getQuarterIndex()).orElse(null);
		Map<String, Double> before = previous == null ? Map.of() : averages(distribution(previous.getId()));
		List<ElementResult> elements = new ArrayList<>();
		for (Question q : questionnaires.get(round.getQuestionnaireId()).getQuestions()) {
			Map<Integer, Long> counts = distribution.getOrDefault(q.element(), emptyDistribution());
			Double average = average(counts);
			Double was = before.get(q.element());
			elements.add(new ElementResult(q.element(), Elements.zh(q.element()), Elements.en(q.element()),
					counts.values().stream().mapToLong(Long::longValue).sum(), average, counts, was,
					average == null || was == null ? null : round2(average - was)));
		}
		return new RoundResults(round.getId(), round.getProjectId(), round.getQuarter(), round.getSampled(), answered,
				rate(answered, round.getSampled()), round.getShortfall(), elements, buildings(round),
				previous == null ? null : new Previous(previous.getId(), previous.getQuarter(),
						rate(samples.countByRoundIdAndAnsweredAtIsNotNull(previous.getId()), previous.getSampled())));
	}

	/** The element averages of a round, for the public summary. */
	Map<String, Double> elementAverages(Round round) {
		return averages(distribution(round.getId()));
	}

	List<Sample> sample(Round round) {
		return samples.findByRoundIdOrderByHouseholdId(round.getId());
	}

	long answered(Round round) {
		return samples.countByRoundIdAndAnsweredAtIsNotNull(round.getId());
	}

	List<HouseholdAnswer> answers(Round round) {
		Map<Long, List<Answers.Score>> scores = new HashMap<>();
		jdbc.query("select sample_id, element, score, comment from survey_score where round_id = ? order by id",
				rs -> {
					scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new Answers.Score(rs.getString(2), rs.getInt(3), rs.getString(4)));
				}, round.getId());
		return samples.findByRoundIdOrderByHouseholdId(round.getId()).stream().filter(Sample::isAnswered)
			.map(s -> new HouseholdAnswer(s.getHouseholdId(),
					directory.household(s.getHouseholdId()).map(HouseholdRef::label).orElse(null), s.getAnsweredAt(),
					s.getAnsweredVia(), s.getResidentId(), s.getEnteredBy(), scores.getOrDefault(s.getId(), List.of())))
			.toList();
	}

	private List<BuildingResult> buildings(Round round) {
		Map<Long, long[]> counts = new TreeMap<>();
		for (Sample s : samples.findByRoundIdOrderByHouseholdId(round.getId())) {
			long[] c = counts.computeIfAbsent(s.getBuildingId(), k -> new long[2]);
			c[0]++;
			c[1] += s.isAnswered() ? 1 : 0;
		}
		Map<Long, Map<String, Double>> averages = new HashMap<>();
		jdbc.query("select building_id, element, avg(cast(score as double precision)) from survey_score where round_id = ? "
				+ "group by building_id, element", rs -> {
					averages.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
						.put(rs.getString(2), round2(rs.getDouble(3)));
				}, round.getId());
		return counts.entrySet().stream().map(e -> new BuildingResult(e.getKey(),
				directory.building(e.getKey()).map(BuildingRef::name).orElse(null), e.getValue()[0], e.getValue()[1],
				averages.getOrDefault(e.getKey(), Map.of()))).toList();
	}

	private Map<String, Map<Integer, Long>> distribution(long roundId) {
		Map<String, Map<Integer, Long>> result = new HashMap<>();
		jdbc.query("select element, score, count(*) from survey_score where round_id = ? group by element, score", rs -> {
			result.computeIfAbsent(rs.getString(1), k -> emptyDistribution()).put(rs.getInt(2), rs.getLong(3));
		}, roundId);
		return result;
	}

	private static Map<String, Double> averages(Map<String, Map<Integer, Long>> distribution) {
		Map<String, Double> averages = new HashMap<>();
		distribution.forEach((element, counts) -> averages.put(element, average(counts)));
		return averages;
	}

	private static Map<Integer, Long> emptyDistribution() {
		Map<Integer, Long> counts = new TreeMap<>();
		for (int score = 1; score <= 5; score++) {
			counts.put(score, 0L);
		}
		return counts;
	}

	private static Double average(Map<Integer, Long> counts) {
		long n = counts.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			return null;
		}
		long sum = counts.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
		return round2((double) sum / n);
	}

	/** Answered over sampled, to four decimals; null for an empty sample. */
	static Double rate(long answered, int sampled) {
		return sampled == 0 ? null
				: BigDecimal.valueOf((double) answered / sampled).setScale(4, RoundingMode.HALF_UP).doubleValue();
	}

	static double round2(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
