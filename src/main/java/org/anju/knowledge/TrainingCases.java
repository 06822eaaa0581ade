package org.anju.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.Visibility;
import org.anju.directory.Directory;
import org.anju.feedback.Ratings;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.text.Masking;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From case to training material: a closed complaint is written up as a draft — the problem, what
 * was done, how it ended, with names, phones, units and rooms masked — reviewed and edited by a
 * supervisor, manager or reviewer, and published by a manager to the entry it followed.
 */
@Service
@Transactional
public class TrainingCases {

	private final TrainingCaseRepository cases;

	private final Complaints complaints;

	private final ChecklistStepRepository steps;

	private final Ratings ratings;

	private final Taxonomy taxonomy;

	private final Directory directory;

	private final KnowledgeSearch search;

	private final Clock clock;

	TrainingCases(TrainingCaseRepository cases, Complaints complaints, ChecklistStepRepository steps, Ratings ratings,
			Taxonomy taxonomy, Directory directory, KnowledgeSearch search, Clock clock) {
		this.search = search;
		this.cases = cases;
		this.complaints = complaints;
		this.steps = steps;
		this.ratings = ratings;
		this.taxonomy = taxonomy;
		this.directory = directory;
		this.clock = clock;
	}

	public TrainingCaseView propose(long complaintId, Actor actor) {
		actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
		Complaint c = complaints.get(complaintId, actor);
		if (c.getStatus() != ComplaintStatus.CLOSED) {
			throw new ConflictException("Only a closed complaint becomes a training case");
		}
		if (cases.existsByComplaintId(complaintId)) {
			throw new ConflictException("This complaint is a training case already");
		}
		String name = c.getComplainant().name();
		String topic = taxonomy.topic(c.getClassification().topic()).map(Topic::nameZh).orElse("投诉");
		String handling = complaints.timeline(complaintId, actor).stream()
			.filter(e -> e.getVisibility() == Visibility.PUBLIC && e.getMessage() != null)
			.map(e -> "- " + e.getMessage()).collect(Collectors.joining("\n"));
		String rated = ratings.latest(complaintId).map(r -> "业主评价 " + r.stars() + " 星" + (r.solved() ? "，已解决" : "，未解决"))
			.orElse("业主未评价");
		String summary = "问题：" + c.getContent() + "\n\n处理经过：\n" + (handling.isEmpty() ? "- （无公开记录）" : handling)
				+ "\n\n结果：" + (c.getResolution() == null ? "" : c.getResolution()) + "。" + rated + "。";
		String entry = steps.findByComplaintIdOrderByPosition(complaintId).stream().findFirst()
			.map(ChecklistStep::getEntryCode).orElse(null);
		return cases.save(new TrainingCase(complaintId, c.getProjectId(), entry, topic + "案例",
				Masking.mask(summary, name), actor.username(), clock.instant())).view();
	}

	public TrainingCaseView revise(long caseId, String title, String summary, Actor actor) {
		actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
		if (title == null || title.isBlank() || title.length() > 200 || summary == null || summary.isBlank()) {
			throw new InvalidInputException(title == null || title.isBlank() || title.length() > 200 ? "title" : "summary",
					"is required");
		}
		TrainingCase trainingCase = find(caseId, actor);
		trainingCase.revise(title.strip(), Masking.mask(summary.strip(), null));
		return trainingCase.view();
	}

	public TrainingCaseView publish(long caseId, Actor actor) {
		actor.requireAnyRole(Role.MANAGER);
		TrainingCase trainingCase = find(caseId, actor);
		trainingCase.publish(actor.username(), clock.instant());
		TrainingCaseView view = trainingCase.view();
		search.indexEntry("CASE-" + view.id(), view.projectId(), view.title(), view.summary());
		return view;
	}

	/** The cases of the actor's projects, for one entry or all; drafts too (the review list). */
	@Transactional(readOnly = true)
	public List<TrainingCaseView> of(String entryCode, Actor actor) {
		Set<Long> projects = directory.projectIdsSeenBy(actor);
		return projects.isEmpty() ? List.of() : cases.of(projects, entryCode).stream().map(TrainingCase::view).toList();
	}

	private TrainingCase find(long id, Actor actor) {
		return cases.findById(id).filter(c -> actor.canSee(c.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Training case", id));
	}

}
