package org.anju.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a project's round for a quarter: draws the sample of occupied households (at least one
 * active resident), stores it with the seed, logs the seed so that the draw can be reproduced, and
 * queues the invitations. One round per project and quarter.
 */
@Service
@Transactional
class Rounds {

	private static final Logger log = LoggerFactory.getLogger(Rounds.class);

	private final RoundRepository rounds;

	private final SampleRepository samples;

	private final Questionnaires questionnaires;

	private final Invitations invitations;

	private final Directory directory;

	private final Clock clock;

	private final double defaultShare;

	private final int defaultLookback;

	Rounds(RoundRepository rounds, SampleRepository samples, Questionnaires questionnaires, Invitations invitations,
			Directory directory, Clock clock, @Value("${anju.survey.share:0.20}") double defaultShare,
			@Value("${anju.survey.lookback:4}") int defaultLookback) {
		this.rounds = rounds;
		this.samples = samples;
		this.questionnaires = questionnaires;
		this.invitations = invitations;
		this.directory = directory;
		this.clock = clock;
		this.defaultShare = defaultShare;
		this.defaultLookback = defaultLookback;
	}

	Round start(long projectId, String quarterText, Long questionnaireId, Double shareGiven, Integer lookbackGiven,
			Long seedGiven, String by) {
		Quarter quarter = Quarter.parse(quarterText);
		double share = shareGiven == null ? defaultShare : shareGiven;
		if (!(share > 0 && share <= 1)) {
			throw new InvalidInputException("share", "a share above 0 and at most 1, e.g. 0.2");
		}
		int lookback = lookbackGiven == null ? defaultLookback : lookbackGiven;
		if (lookback < 0 || lookback > 40) {
			throw new InvalidInputException("lookbackQuarters", "0 to 40 quarters");
		}
		Questionnaire questionnaire = questionnaireId == null ? questionnaires.standard()
				: questionnaires.get(questionnaireId);
		if (rounds.existsByProjectIdAndQuarter(projectId, quarter.toString())) {
			throw new ConflictException("Project " + projectId + " already has a survey round for " + quarter);
		}
		long seed = seedGiven != null ? seedGiven : ThreadLocalRandom.current().nextLong();
		Map<Long, Long> occupied = occupiedHouseholds(projectId);
		Set<Long> excluded = lookback == 0 ? Set.of()
				: samples.sampledBetween(projectId, quarter.index() - lookback, quarter.index() - 1);
		Sampler.Draw draw = Sampler.draw(occupied.keySet(), excluded, share, seed);
		Instant now = clock.instant();
		Round round = rounds.saveAndFlush(new Round(projectId, quarter, questionnaire.getId(), seed, share, lookback, draw,
				now, by));
		log.info("Survey round {} for project {} {}: seed {}, share {}, lookback {} quarters; {} of {} occupied households "
				+ "sampled ({} wanted, {} excluded as sampled before)", round.getId(), projectId, quarter, seed, share,
				lookback, draw.sample().size(), draw.occupied(), draw.target(), excluded.size());
		if (draw.shortfall() > 0) {
			log.warn("Survey round {} for project {} {}: only {} households not sampled in the last {} quarters remain; "
					+ "all sampled, {} short of the {} wanted", round.getId(), projectId, quarter, draw.sample().size(),
					lookback, draw.shortfall(), draw.target());
		}
		for (Long householdId : draw.sample()) {
			Sample sample = samples.save(new Sample(round, householdId, occupied.get(householdId), now));
			invitations.invite(round, sample);
		}
		samples.flush();
		return round;
	}

	@Transactional(readOnly = true)
	Round get(long id) {
		return rounds.findById(id).orElseThrow(() -> new NotFoundException("Survey round", id));
	}

	@Transactional(readOnly = true)
	List<Round> of(long projectId) {
		return rounds.findByProjectIdOrderByQuarterIndexDesc(projectId);
	}

	@Transactional(readOnly = true)
	List<Long> sample(long roundId) {
		return samples.findByRoundIdOrderByHouseholdId(roundId).stream().map(Sample::getHouseholdId).toList();
	}

	/** The project's households with at least one active resident, with their buildings. */
	private Map<Long, Long> occupiedHouseholds(long projectId) {
		Map<Long, Long> occupied = new HashMap<>();
		for (BuildingRef building : directory.buildingsOf(projectId)) {
			directory.residentsInBuilding(building.id()).stream()
				.filter(ResidentRef::active)
				.forEach(r -> occupied.put(r.household().id(), building.id()));
		}
		return occupied;
	}

}
