package org.anju.survey;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's survey API: questionnaires, rounds and their samples, answers entered after a phone
 * interview, results and follow-ups. Rounds of projects the staff member cannot see are not found.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Satisfaction survey", description = "The quarterly satisfaction survey (季度满意度调查)")
class SurveyController {

	private final Questionnaires questionnaires;

	private final Rounds rounds;

	private final Answers answers;

	private final Results results;

	private final FollowUps followUps;

	private final Directory directory;

	SurveyController(Questionnaires questionnaires, Rounds rounds, Answers answers, Results results,
			FollowUps followUps, Directory directory) {
		this.questionnaires = questionnaires;
		this.rounds = rounds;
		this.answers = answers;
		this.results = results;
		this.followUps = followUps;
		this.directory = directory;
	}

	record NewQuestionnaire(String name, List<Questionnaires.QuestionView> questions) {
	}

	record NewRound(String quarter, Long questionnaireId, Double share, Integer lookbackQuarters, Long seed) {
	}

	record RoundView(long id, long projectId, String quarter, long questionnaireId, long seed, double share,
			int lookbackQuarters, int occupied, int target, int sampled, int shortfall, String note, Instant createdAt,
			String createdBy) {

		static RoundView of(Round r) {
			return new RoundView(r.getId(), r.getProjectId(), r.getQuarter(), r.getQuestionnaireId(), r.getSeed(),
					r.getShare(), r.getLookback(), r.getOccupied(), r.getTarget(), r.getSampled(), r.getShortfall(),
					r.getShortfall() == 0 ? null
							: "Only " + r.getSampled() + " occupied households were not sampled in the last "
									+ r.getLookback() + " quarters; all of them were sampled, " + r.getShortfall()
									+ " short of the " + r.getTarget() + " wanted",
					r.getCreatedAt(), r.getCreatedBy());
		}

	}

	record SampledHousehold(long householdId, String household, Instant invitedAt, Instant remindedAt,
			boolean answered) {
	}

	record StaffAnswer(List<Answers.Score> answers) {
	}

	record Completion(String note) {
	}

	@GetMapping("/surveys/questionnaires")
	@Operation(summary = "Every questionnaire, every version")
	List<Questionnaires.View> questionnaires() {
		CurrentActor.get();
		return questionnaires.all();
	}

	@GetMapping("/surveys/questionnaires/{id}")
	Questionnaires.View questionnaire(@PathVariable long id) {
		CurrentActor.get();
		return Questionnaires.View.of(questionnaires.get(id));
	}

	@PostMapping("/surveys/questionnaires")
	@Operation(summary = "Create a questionnaire (administrators)",
			description = "Questionnaires never change; the same name again creates its next version.")
	ResponseEntity<Questionnaires.View> createQuestionnaire(@RequestBody NewQuestionnaire request) {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.ADMIN);
		Questionnaires.View view = questionnaires.create(request.name(), request.questions(), actor.username());
		return ResponseEntity.created(URI.create("/api/v1/surveys/questionnaires/" + view.id())).body(view);
	}

	@PostMapping("/projects/{projectId}/surveys")
	@Operation(summary = "Start the quarter's round: draw the sample and invite it",
			description = "Samples at least share (default anju.survey.share) of the occupied households, avoiding "
					+ "households sampled in the previous lookbackQuarters; the seed reproduces the draw. 409 when the "
					+ "project has a round for the quarter; shortfall > 0 when too few households were left.")
	ResponseEntity<RoundView> start(@PathVariable long projectId, @RequestBody NewRound request) {
		Actor actor = CurrentActor.inProject(projectId);
		actor.requireAnyRole(Role.MANAGER);
		Round round = rounds.start(projectId, request.quarter(), request.questionnaireId(), request.share(),
				request.lookbackQuarters(), request.seed(), actor.username());
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + round.getId())).body(RoundView.of(round));
	}

	@GetMapping("/projects/{projectId}/surveys")
	List<RoundView> ofProject(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		return rounds.of(projectId).stream().map(RoundView::of).toList();
	}

	@GetMapping("/surveys/{roundId}")
	RoundView round(@PathVariable long roundId) {
		return RoundView.of(visible(roundId));
	}

	@GetMapping("/surveys/{roundId}/households")
	@Operation(summary = "The sampled households and whether they answered (whom to call), without their scores")
	List<SampledHousehold> households(@PathVariable long roundId) {
		Round round = visible(roundId);
		CurrentActor.get().requireAnyRole(Role.AGENT, Role.REVIEWER, Role.MANAGER);
		return results.sample(round).stream().map(s -> new SampledHousehold(s.getHouseholdId(),
				directory.household(s.getHouseholdId()).map(HouseholdRef::label).orElse(null), s.getInvitedAt(),
				s.getRemindedAt(), s.isAnswered())).toList();
	}

	@PostMapping("/surveys/{roundId}/households/{householdId}/answers")
	@Operation(summary = "Enter a household's answer after a phone interview",
			description = "404 when the household is not in the sample; 409 when it answered already (the first counts).")
	ResponseEntity<Void> enter(@PathVariable long roundId, @PathVariable long householdId,
			@RequestBody StaffAnswer request) {
		visible(roundId);
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.AGENT, Role.REVIEWER, Role.MANAGER);
		answers.answer(roundId, householdId, request.answers(), Sample.Via.STAFF, null, actor.username());
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/surveys/{roundId}/results")
	@Operation(summary = "Anonymous results: response rate, per element and building, change from the previous round")
	Results.RoundResults results(@PathVariable long roundId) {
		return results.of(visible(roundId));
	}

	@GetMapping("/surveys/{roundId}/answers")
	@Operation(summary = "Who answered what, for follow-up (managers and reviewers)")
	List<Results.HouseholdAnswer> answers(@PathVariable long roundId) {
		Round round = visible(roundId);
		CurrentActor.get().requireAnyRole(Role.MANAGER, Role.REVIEWER);
		return results.answers(round);
	}

	@GetMapping("/surveys/follow-ups")
	@Operation(summary = "A project's follow-up tasks from low scores (open ones only unless open=false)")
	List<FollowUps.View> followUps(@RequestParam long projectId, @RequestParam(defaultValue = "true") boolean open) {
		CurrentActor.inProject(projectId).requireAnyRole(Role.AGENT, Role.REVIEWER, Role.MANAGER);
		return followUps.of(projectId, open);
	}

	@PostMapping("/surveys/follow-ups/{id}/complete")
	@Operation(summary = "Complete a follow-up task with a note")
	FollowUps.View complete(@PathVariable long id, @RequestBody Completion request) {
		Actor actor = CurrentActor.get();
		FollowUp followUp = followUps.get(id);
		if (!actor.canSee(followUp.getProjectId())) {
			throw new NotFoundException("Follow-up", id);
		}
		actor.requireAnyRole(Role.AGENT, Role.REVIEWER, Role.MANAGER);
		return followUps.complete(id, request.note(), actor.username());
	}

	private Round visible(long roundId) {
		Round round = rounds.get(roundId);
		if (!CurrentActor.get().canSee(round.getProjectId())) {
			throw new NotFoundException("Survey round", roundId);
		}
		return round;
	}

}
