package org.anju.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.board.Board;
import org.anju.board.Publication;
import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintLink;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.Nature;
import org.anju.complaint.TimelineEntry;
import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.feedback.Ratings;
import org.anju.feedback.ReviewRef;
import org.anju.feedback.Reviews;
import org.anju.knowledge.ComplaintPlaybook;
import org.anju.knowledge.KnowledgeSearch;
import org.anju.notification.HouseholdNotices;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.web.NotFoundException;
import org.anju.sla.SlaQueries;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.anju.triage.Urgency;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Gathers what the workbench shows about one complaint, in one read-only transaction, as plain
 * values the template can read after it has ended: the complaint, its owner and household, the
 * timeline, clocks, attachments, links, notices and the actions allowed now.
 */
@Component
class WorkbenchPage {

	/** How many similar past complaints the workbench lists. */
	static final int SIMILAR = 5;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Complaints complaints;

	private final Directory directory;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final SlaQueries sla;

	private final HouseholdNotices notices;

	private final Board board;

	private final Reviews reviews;

	private final Ratings ratings;

	private final ComplaintPlaybook playbook;

	private final KnowledgeSearch search;

	private final ZoneId zone;

	WorkbenchPage(Complaints complaints, Directory directory, Organisation organisation, Taxonomy taxonomy,
			SlaQueries sla, HouseholdNotices notices, Board board, Reviews reviews, Ratings ratings,
			ComplaintPlaybook playbook, KnowledgeSearch search, Clock clock) {
		this.complaints = complaints;
		this.directory = directory;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.sla = sla;
		this.notices = notices;
		this.board = board;
		this.reviews = reviews;
		this.ratings = ratings;
		this.playbook = playbook;
		this.search = search;
		this.zone = clock.getZone();
	}

	@Transactional(readOnly = true)
	void fill(Model model, long id, Actor actor) {
		Complaint c = complaints.get(id, actor);
		long projectId = c.getProjectId();
		Set<WorkbenchAction> allowed = WorkbenchActions.allowed(c.getStatus(), c.getAssigneeId(),
				c.getComplexStatus(), actor);
		model.addAttribute("c", c);
		model.addAttribute("who", c.getComplainant());
		model.addAttribute("flags", c.getFlags().stream().map(Enum::name).sorted().toList());
		model.addAttribute("can", allowed.stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("topicName", c.getClassification().topic() == null ? null
				: taxonomy.topic(c.getClassification().topic()).map(Topic::nameZh).orElse(c.getClassification().topic()));
		model.addAttribute("departmentName", c.getClassification().department() == null ? null
				: organisation.departmentName(projectId, c.getClassification().department()));
		model.addAttribute("assignee", c.getAssigneeId() == null ? null
				: organisation.staff(c.getAssigneeId()).map(StaffRef::displayName).orElse(null));
		List<TimelineEntry> timeline = new ArrayList<>(complaints.timeline(id, actor));
		Collections.reverse(timeline);
		model.addAttribute("timeline", timeline);
		model.addAttribute("attachments", List.copyOf(c.getAttachments()));
		model.addAttribute("links", links(c, actor));
		model.addAttribute("clocks", sla.clocks(id).orElse(null));
		owner(model, c, actor);
		if (allowed.contains(WorkbenchAction.ASSIGN) || allowed.contains(WorkbenchAction.REASSIGN)) {
			model.addAttribute("staff", organisation.activeStaff(projectId).stream()
				.map(s -> new StaffOption(s.id(), s.displayName(),
						s.departmentCode() == null ? null : organisation.departmentName(projectId, s.departmentCode()),
						s.id() == (c.getAssigneeId() == null ? -1 : c.getAssigneeId())))
				.toList());
		}
		if (allowed.contains(WorkbenchAction.CLASSIFY)) {
			model.addAttribute("topics", taxonomy.topics());
			model.addAttribute("departments", organisation.departmentsOf(projectId));
			model.addAttribute("urgencies", Urgency.values());
			model.addAttribute("natures", Nature.values());
		}
		model.addAttribute("published", allowed.contains(WorkbenchAction.PUBLISH)
				? board.published(id, actor).map(Publication::measure).orElse(null) : null);
		feedback(model, id, actor);
		model.addAttribute("playbook", playbook.view(id, actor));
		model.addAttribute("similar", search.similar(id, actor, SIMILAR));
		model.addAttribute("fmt", new Times(zone));
	}

	/** The owners' ratings and the review team's latest review, with the steps the person may take. */
	private void feedback(Model model, long id, Actor actor) {
		model.addAttribute("ratings", ratings.of(id));
		List<ReviewRef> all = reviews.of(id, actor);
		ReviewRef review = all.isEmpty() ? null : all.get(all.size() - 1);
		model.addAttribute("review", review);
		Set<String> steps = new HashSet<>();
		if (review != null && reviews.mayTake(review, actor)) {
			steps.add(WorkbenchAction.REVIEW_TAKE.name());
		}
		if (review != null && reviews.mayWork(review, actor)) {
			steps.add(WorkbenchAction.REVIEW_RECORD.name());
			steps.add(WorkbenchAction.REVIEW_FINISH.name());
		}
		model.addAttribute("reviewSteps", steps);
	}

	/** The complainant's household: its members, its other complaints and the notices it was sent. */
	private void owner(Model model, Complaint c, Actor actor) {
		Long householdId = c.getHouseholdId();
		ResidentRef resident = c.getResidentId() == null ? null : directory.resident(c.getResidentId()).orElse(null);
		model.addAttribute("resident", resident);
		List<Complaint> history;
		if (householdId != null) {
			model.addAttribute("members", directory.residentsOf(householdId));
			model.addAttribute("notices", notices.of(householdId));
			history = complaints.ofHousehold(householdId, actor);
		}
		else {
			model.addAttribute("members", List.of());
			model.addAttribute("notices", List.of());
			String phone = c.getComplainant().phone();
			history = phone == null ? List.of() : complaints.ofPhone(phone, actor);
		}
		model.addAttribute("history", history.stream().filter(h -> !h.getId().equals(c.getId()))
			.map(h -> new Past(h.getId(), h.getNumber(), h.getTitle(), h.getStatus(), h.getReceivedAt()))
			.toList());
	}

	private List<Related> links(Complaint c, Actor actor) {
		List<Related> related = new ArrayList<>();
		for (ComplaintLink link : c.getLinks()) {
			String number;
			try {
				number = complaints.get(link.getRelatedId(), actor).getNumber();
			}
			catch (NotFoundException ex) {
				number = "#" + link.getRelatedId();
			}
			related.add(new Related(link.getRelatedId(), number, link.getType().name()));
		}
		return related;
	}

	/** Formats times in the company's zone for the template ({@code fmt.time(…)}). */
	record Times(ZoneId zone) {

		/** E.g. 2026-11-22 10:30. */
		public String time(Instant instant) {
			return instant == null ? "" : TIME.format(instant.atZone(zone));
		}

	}

	/** A staff member to choose as assignee. */
	record StaffOption(long id, String name, String department, boolean current) {
	}

	/** Another complaint of the same household (or phone). */
	record Past(long id, String number, String title, ComplaintStatus status, Instant receivedAt) {
	}

	/** A linked complaint. */
	record Related(long id, String number, String type) {
	}

}
