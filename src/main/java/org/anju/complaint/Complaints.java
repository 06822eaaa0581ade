package org.anju.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Owner;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.anju.triage.Triage;
import org.anju.triage.TriageResult;
import org.anju.triage.Urgency;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint desk's commands and queries. Each command loads the complaint (404 unless the
 * actor may see its project), checks the actor's role (403) and the expected version (409 on a
 * stale copy), and lets the aggregate apply the lifecycle (409 on an illegal transition).
 */
@Service
@Transactional
public class Complaints {

	/** How far in the future a reported receipt time may lie (clocks of phones and PCs drift). */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final int MAX_ATTACHMENTS = 30;

	/** The most candidates a text search reads, the newest: as far as the console counts a list. */
	static final int TEXT_CANDIDATES = 10_000;

	/** The list's usual order, which the search index can give by itself. */
	private static final Sort LATEST_RECEIVED = Sort.by(Sort.Direction.DESC, "receivedAt")
		.and(Sort.by(Sort.Direction.DESC, "id"));

	private final ComplaintRepository complaints;

	private final ComplaintNumbers numbers;

	private final AttachmentStore files;

	private final Directory directory;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final Triage triage;

	private final Dispatcher dispatcher;

	private final Clock clock;

	private final ObjectProvider<ResolutionCheck> resolutionChecks;

	private final ObjectProvider<ListTextIndex> textIndex;

	Complaints(ComplaintRepository complaints, ComplaintNumbers numbers, AttachmentStore files, Directory directory,
			Organisation organisation, Taxonomy taxonomy, Triage triage, Dispatcher dispatcher, Clock clock,
			ObjectProvider<ResolutionCheck> resolutionChecks, ObjectProvider<ListTextIndex> textIndex) {
		this.complaints = complaints;
		this.numbers = numbers;
		this.files = files;
		this.directory = directory;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.triage = triage;
		this.dispatcher = dispatcher;
		this.clock = clock;
		this.resolutionChecks = resolutionChecks;
		this.textIndex = textIndex;
	}

	/**
	 * Records a new complaint, classified, checked for repeats, raised and assigned in this
	 * transaction. Staff entering a complaint by hand get a new one even if it duplicates another.
	 */
	public Complaint register(NewComplaint request, Actor actor) {
		return register(request, actor, false).complaint();
	}

	/**
	 * What the inbound channels use: registers like {@link #register}, unless the same person
	 * complained about the same topic a short while ago and that complaint is still open — then
	 * the message is added to it instead (a call and a WeChat message about one leak).
	 */
	public Registration receive(NewComplaint request, Actor actor) {
		return register(request, actor, true);
	}

	private Registration register(NewComplaint request, Actor actor, boolean mergeDuplicates) {
		Instant now = clock.instant();
		Checked checked = checked(request, actor);
		if (!checked.errors().isEmpty()) {
			throw new InvalidInputException(checked.errors());
		}
		Complainant complainant = checked.complainant();
		long projectId = checked.projectId();
		Classification classification = checked.classification();
		Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
		String content = request.content().strip();
		TriageResult triaged = triage.classify(content, projectId);
		String topic = request.topic() != null ? classification.topic() : triaged.topic();
		Complaint duplicate = mergeDuplicates
				? dispatcher.openDuplicate(projectId, complainant, topic, receivedAt).orElse(null) : null;
		if (duplicate != null) {
			duplicate.addOwnerMessage(request.channel(), content, now);
			return new Registration(complaints.saveAndFlush(duplicate), true);
		}
		String title = request.title() == null || request.title().isBlank() ? summary(content)
				: request.title().strip();
		Complaint complaint = Complaint.register(numbers.next(), projectId, complainant, request.channel(),
				receivedAt, title, content, request.location(), classification, actor, now);
		if (request.externalRef() != null) {
			complaint.refer(request.externalRef(), request.externalDue());
		}
		complaints.save(complaint);
		complaint.announceRegistration();
		dispatcher.dispatch(complaint, triaged, request.topic() != null, request.urgency() != null);
		complaint.markDispatched(request.arrivedAt() == null ? now : request.arrivedAt(), clock.instant());
		return new Registration(complaints.save(complaint), false);
	}

	/**
	 * What {@link #receive} would refuse this request for, found without recording anything: a
	 * form typed in by staff is checked before the channel keeps it as an inbound message.
	 */
	@Transactional(readOnly = true)
	public List<FieldError> check(NewComplaint request, Actor actor) {
		return checked(request, actor).errors();
	}

	/** Checks a request as {@link #receive} would and returns its project, or refuses it (400) with the errors. */
	@Transactional(readOnly = true)
	public long checkedProject(NewComplaint request, Actor actor) {
		Checked checked = checked(request, actor);
		if (!checked.errors().isEmpty()) {
			throw new InvalidInputException(checked.errors());
		}
		return checked.projectId();
	}

	/**
	 * Checks many requests as {@link #checkedProject} does, looking up all their residents and
	 * households in two queries; returns each one's project, in order, or refuses them all (400)
	 * with every error, its field named after the request's place ({@code complaints[3].content}).
	 */
	@Transactional(readOnly = true)
	public List<Long> checkedProjects(List<NewComplaint> requests, Actor actor) {
		People people = People.of(directory, requests);
		List<Long> projects = new ArrayList<>(requests.size());
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			Checked checked = checked(requests.get(i), actor, people);
			projects.add(checked.projectId());
			String place = "complaints[" + i + "].";
			checked.errors().forEach(e -> errors.add(new FieldError(place + e.field(), e.message())));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return projects;
	}

	private Checked checked(NewComplaint request, Actor actor) {
		return checked(request, actor, People.of(directory));
	}

	private Checked checked(NewComplaint request, Actor actor, People people) {
		List<FieldError> errors = new ArrayList<>();
		Complainant complainant = complainant(request, actor, people, errors);
		Long projectId = complainant == null ? null : projectOf(request, complainant, actor, people, errors);
		if (request.receivedAt() != null && request.receivedAt().isAfter(now().plus(CLOCK_SKEW))) {
			errors.add(new FieldError("receivedAt", "lies in the future"));
		}
		if (isBlank(request.content())) {
			errors.add(new FieldError("content", "is required"));
		}
		Classification classification = classification(request.topic(), request.urgency(), null, projectId, errors);
		return new Checked(complainant, projectId, classification, errors);
	}

	/** A registration request as checked: who, where, how classified, or what is wrong with it. */
	private record Checked(Complainant complainant, Long projectId, Classification classification,
			List<FieldError> errors) {
	}

	/** The owner adds to their complaint (a reply, a further message); its assignee hears of it. */
	public Complaint addOwnerMessage(long id, Channel via, String text, Actor actor) {
		return change(id, null, actor, c -> c.addOwnerMessage(via, text, now()));
	}

	/**
	 * An outside work order (a 12345 order) was merged into this open complaint: it keeps the
	 * order's reference if it had none, and its deadline if that is stricter.
	 */
	public Complaint refer(long id, String reference, Instant due, Actor actor) {
		return change(id, null, actor, c -> c.addReference(reference, due, actor, now()));
	}

	/** The complaint with this number, if the actor may see it. */
	@Transactional(readOnly = true)
	public Optional<Complaint> byNumber(String number, Actor actor) {
		return complaints.findByNumber(number).filter(c -> actor.canSee(c.getProjectId()));
	}

	/** A household's complaints, newest first (the hotline's screen pop, the owner's own list). */
	@Transactional(readOnly = true)
	public List<Complaint> ofHousehold(long householdId, Actor actor) {
		return complaints.findByHouseholdIdOrderByReceivedAtDesc(householdId).stream()
			.filter(c -> actor.canSee(c.getProjectId()))
			.toList();
	}

	/** The complaints someone without a household made from this phone number, newest first. */
	@Transactional(readOnly = true)
	public List<Complaint> ofPhone(String phone, Actor actor) {
		return complaints.findByComplainantPhoneOrderByReceivedAtDesc(phone).stream()
			.filter(c -> actor.canSee(c.getProjectId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Complaint get(long id, Actor actor) {
		return complaints.findById(id).filter(c -> actor.canSee(c.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Complaint", id));
	}

	@Transactional(readOnly = true)
	public Page<Complaint> search(ComplaintFilter filter, Pageable page, Actor actor) {
		return complaints.findAll(specification(filter, actor), page);
	}

	/** The ids of the complaints the filter matches among those the actor may see, in no order. */
	@Transactional(readOnly = true)
	public List<Long> ids(ComplaintFilter filter, Actor actor) {
		return complaints.ids(specification(filter, actor));
	}

	/**
	 * A page of what {@link #search} finds, its total counted no further than {@code cap} + 1: a
	 * queue over a million complaints must not count them all for every page it shows.
	 */
	@Transactional(readOnly = true)
	public Page<Complaint> search(ComplaintFilter filter, Pageable page, Actor actor, int cap) {
		Optional<Page<Complaint>> answered = searchIndexed(filter, page, actor, cap);
		if (answered.isPresent()) {
			return answered.get();
		}
		Specification<Complaint> spec = specification(filter, actor);
		long total = complaints.countUpTo(spec, cap);
		List<Complaint> content = page.getOffset() >= total ? List.of()
				: complaints.findBy(spec, q -> q.slice(page)).getContent();
		return new PageImpl<>(content, page, total);
	}

	/**
	 * A text search over the projects and a receipt period, latest received first, as the search
	 * index answers it: it counts and orders what it found, the database reads only the page's
	 * rows (checking them as a scan would) and whatever the index has not seen yet. Without this,
	 * a common word over a million complaints had the database read ten thousand rows twice, to
	 * count and to sort. Empty when the index cannot answer: other filters, another order, no index.
	 */
	private Optional<Page<Complaint>> searchIndexed(ComplaintFilter filter, Pageable page, Actor actor, int cap) {
		ListTextIndex index = textIndex.getIfAvailable();
		Set<Long> visible = actor.isAdmin() ? null : actor.projectIds();
		if (index == null || !filter.onlyTextProjectAndTime() || !page.getSort().equals(LATEST_RECEIVED)
				|| (visible != null && visible.isEmpty())) {
			return Optional.empty();
		}
		Set<Long> projects = searchedProjects(filter, visible);
		int wanted = (int) Math.min(page.getOffset() + page.getPageSize(), cap + 1L);
		return index.latest(filter.text(), projects, filter.receivedFrom(), filter.receivedTo(), wanted).map(hits -> {
			Specification<Complaint> spec = filter.toSpecification(visible);
			Specification<Complaint> unseen = spec.and((root, query, cb) -> cb.greaterThan(root.get("id"), hits.above()));
			long total = Math.min(hits.total() + complaints.countUpTo(unseen, cap), cap + 1L);
			List<ListTextIndex.Hit> merged = new ArrayList<>(hits.first());
			complaints.findBy(unseen, q -> q.sortBy(LATEST_RECEIVED).limit(wanted).all())
				.forEach(c -> merged.add(new ListTextIndex.Hit(c.getId(), c.getReceivedAt())));
			merged.sort(Comparator.comparing(ListTextIndex.Hit::receivedAt).thenComparing(ListTextIndex.Hit::id).reversed());
			List<Long> ids = merged.stream().skip(page.getOffset()).limit(page.getPageSize()).map(ListTextIndex.Hit::id).toList();
			Map<Long, Complaint> rows = new HashMap<>();
			if (!ids.isEmpty()) {
				complaints.findAll(spec.and((root, query, cb) -> root.get("id").in(ids))).forEach(c -> rows.put(c.getId(), c));
			}
			return new PageImpl<>(ids.stream().map(rows::get).filter(Objects::nonNull).toList(), page, total);
		});
	}

	/** How many complaints the filter matches among those the actor may see, counted no further than {@code cap} + 1. */
	@Transactional(readOnly = true)
	public long countUpTo(ComplaintFilter filter, Actor actor, int cap) {
		return complaints.countUpTo(specification(filter, actor), cap);
	}

	/**
	 * The filter as a query over what the actor may see. A text search (not a whole complaint or
	 * mobile number, which have indexes) reads only the candidates the search index names, when
	 * there is one: without it, {@code LIKE '%漏水%'} reads every complaint of the projects. When
	 * the index finds more than {@link #TEXT_CANDIDATES}, the newest of them are searched.
	 */
	private Specification<Complaint> specification(ComplaintFilter filter, Actor actor) {
		Set<Long> visible = actor.isAdmin() ? null : actor.projectIds();
		Specification<Complaint> spec = filter.toSpecification(visible);
		ListTextIndex index = textIndex.getIfAvailable();
		if (index == null || filter.text() == null || (visible != null && visible.isEmpty())) {
			return spec;
		}
		return index.candidates(filter.text(), searchedProjects(filter, visible), TEXT_CANDIDATES)
			.map(c -> spec.and((root, query, cb) -> cb.or(
					c.ids().isEmpty() ? cb.disjunction() : root.get("id").in(c.ids()),
					cb.greaterThan(root.get("id"), c.above()))))
			.orElse(spec);
	}

	/** The projects a text search asks the index about: the one chosen, if visible, else all visible ({@code null}: all). */
	private static Set<Long> searchedProjects(ComplaintFilter filter, Set<Long> visible) {
		if (filter.projectId() == null) {
			return visible;
		}
		return visible == null || visible.contains(filter.projectId()) ? Set.of(filter.projectId()) : Set.of();
	}

	/**
	 * The ids and versions of at most {@code limit} complaints after {@code afterId}, in id order:
	 * what a copy kept elsewhere (the search index) compares itself with to catch up.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> versionsAfter(long afterId, int limit) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (Object[] row : complaints.versionsAfter(afterId, Limit.of(limit))) {
			versions.put((Long) row[0], (Long) row[1]);
		}
		return versions;
	}

	/** The complaints with these ids that the actor may see, in id order. */
	@Transactional(readOnly = true)
	public List<Complaint> byIds(Collection<Long> ids, Actor actor) {
		return complaints.findAllById(ids).stream()
			.filter(c -> actor.canSee(c.getProjectId()))
			.sorted(Comparator.comparing(Complaint::getId))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(long id, Actor actor) {
		get(id, actor);
		return complaints.timelineOf(id);
	}

	public Complaint assign(long id, long assigneeId, String department, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
			StaffRef assignee = assignee(c, assigneeId);
			c.assign(assignee.id(), assignee.displayName(), department(c, department, assignee), actor, now());
		});
	}

	public Complaint reassign(long id, long assigneeId, String department, String reason, Long expectedVersion,
			Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
			StaffRef assignee = assignee(c, assigneeId);
			c.reassign(assignee.id(), assignee.displayName(), department(c, department, assignee), reason, actor,
					now());
		});
	}

	public Complaint start(long id, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			requireAssigneeOrLead(c, actor);
			c.start(actor, now());
		});
	}

	public Complaint hold(long id, String reason, LocalDate until, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			requireAssigneeOrLead(c, actor);
			if (until.isBefore(LocalDate.now(clock))) {
				throw new InvalidInputException("expectedDate", "lies in the past");
			}
			c.hold(reason, until, actor, now());
		});
	}

	public Complaint resume(long id, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			requireAssigneeOrLead(c, actor);
			c.resume(actor, now());
		});
	}

	public Complaint resolve(long id, String summary, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			requireAssigneeOrLead(c, actor);
			List<String> missing = resolutionChecks.orderedStream()
				.flatMap(check -> check.missingBeforeResolve(id).stream())
				.toList();
			if (!missing.isEmpty()) {
				throw new ConflictException("Complaint " + c.getNumber() + " cannot be resolved before these are recorded: "
						+ String.join(", ", missing), Map.of("missingRecords", missing));
			}
			c.resolve(summary, actor, now());
		});
	}

	/** Notes a playbook step done or a required record taken, on the internal timeline. */
	public Complaint recordPlaybook(long id, String text, Actor actor) {
		return change(id, null, actor, c -> c.recordPlaybook(text, actor, now()));
	}

	public Complaint close(long id, String note, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
			c.close(note, actor, now());
		});
	}

	public Complaint reopen(long id, String reason, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
			c.reopen(reason, actor, now());
		});
	}

	/** One of the owner's household's complaints; any other is "not found", so that ids reveal nothing. */
	@Transactional(readOnly = true)
	public Complaint ofOwner(long id, Owner owner) {
		return complaints.findById(id)
			.filter(c -> c.getHouseholdId() != null && c.getHouseholdId() == owner.householdId())
			.orElseThrow(() -> new NotFoundException("Complaint", id));
	}

	/** The owner accepts the resolution (a good rating): the complaint is closed (办结). */
	public Complaint closeForOwner(long id, Owner owner, String note) {
		Complaint complaint = ofOwner(id, owner);
		complaint.close(note, asActor(owner), now());
		return complaints.saveAndFlush(complaint);
	}

	/** The owner says the problem is not solved (二次投诉): the complaint goes back into handling. */
	public Complaint reopenForOwner(long id, Owner owner, String reason) {
		Complaint complaint = ofOwner(id, owner);
		complaint.reopen(reason, asActor(owner), now());
		return complaints.saveAndFlush(complaint);
	}

	/** Nobody gave feedback on the resolution in the time allowed: closed by the system, saying so. */
	public Complaint closeWithoutFeedback(long id, String note) {
		return change(id, null, Actor.SYSTEM, c -> c.close(note, Actor.SYSTEM, now()));
	}

	/** An owner on the timeline: named, with no staff id and no role. */
	private static Actor asActor(Owner owner) {
		return new Actor(0, "owner", owner.name() + "（业主）", Set.of(), Set.of());
	}

	public Complaint cancel(long id, String reason, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
			c.cancel(reason, actor, now());
		});
	}

	public Complaint escalate(long id, String reason, Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
			c.escalate(reason, actor, now());
		});
	}

	public Complaint classify(long id, String topic, Urgency urgency, String department, Nature nature,
			Long expectedVersion, Actor actor) {
		return change(id, expectedVersion, actor, c -> {
			actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
			List<FieldError> errors = new ArrayList<>();
			Classification classification = classification(topic, urgency, department, c.getProjectId(), errors);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			String before = c.getClassification().topic();
			c.classify(classification, nature == null ? c.getNature() : nature, actor, now());
			if (topic != null && !topic.equals(before)) {
				triage.recordCorrection(c.getContent(), topic, c.getClassification().urgency(), actor.staffId());
			}
			if (c.getStatus() == ComplaintStatus.RECEIVED && c.getAssigneeId() == null && topic != null) {
				dispatcher.assign(c, now());
			}
		});
	}

	/** Staff working on the complaint ask for the complex-case deadline. */
	public Complaint requestComplex(long id, String reason, Actor actor) {
		return change(id, null, actor, c -> {
			requireAssigneeOrLead(c, actor);
			c.requestComplex(reason, actor, now());
		});
	}

	/** A supervisor (or manager) approves a complex-case request. */
	public Complaint approveComplex(long id, Actor actor) {
		return change(id, null, actor, c -> {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
			c.approveComplex(actor, now());
		});
	}

	/** The notification module records a message sent to the owner or staff, or its failure. */
	public void recordDelivery(long id, String text) {
		change(id, null, Actor.SYSTEM, c -> c.noteDelivery(text, now()));
	}

	/** The deadline keeper records a warning, breach or due update on the timeline. */
	public void recordDeadline(long id, String text) {
		change(id, null, Actor.SYSTEM, c -> c.noteDeadline(text, now()));
	}

	/**
	 * The deadline keeper records a missed deadline and raises the complaint to {@code level} of
	 * the escalation ladder (nothing is raised if it is that high already).
	 */
	public void escalateTo(long id, int level, String reason, String deadlineNote) {
		change(id, null, Actor.SYSTEM, c -> {
			if (deadlineNote != null) {
				c.noteDeadline(deadlineNote, now());
			}
			c.raiseTo(level, reason, Actor.SYSTEM, now());
		});
	}

	public Complaint addNote(long id, String text, Visibility visibility, Actor actor) {
		return change(id, null, actor, c -> c.addNote(text, visibility, actor, now()));
	}

	public Complaint recordContact(long id, ContactMethod method, String summary, Visibility visibility,
			Actor actor) {
		return change(id, null, actor, c -> c.recordContact(method, summary, visibility, actor, now()));
	}

	public Attachment attach(long id, MultipartFile file, Actor actor) {
		return attach(id, () -> files.store(file), actor);
	}

	/** Attaches a file that came with an inbound message (a mail attachment, a WeChat picture). */
	public Attachment attach(long id, String fileName, byte[] content, Actor actor) {
		return attach(id, () -> files.store(fileName, content), actor);
	}

	/** Refuses a file that {@link #attach(long, String, byte[], Actor)} would refuse, without storing it. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void checkAttachment(String fileName, byte[] content) {
		files.check(AttachmentStore.safeName(fileName), content);
	}

	private Attachment attach(long id, Supplier<StoredFile> store, Actor actor) {
		Complaint complaint = get(id, actor);
		if (complaint.getAttachments().size() >= MAX_ATTACHMENTS) {
			throw new ConflictException("Complaint " + complaint.getNumber() + " has the most attachments allowed ("
					+ MAX_ATTACHMENTS + ")");
		}
		Attachment attachment = complaint.attach(store.get(), actor, now());
		complaints.flush(); // persists the new attachment itself (a save would merge a copy)
		return attachment;
	}

	@Transactional(readOnly = true)
	public AttachmentContent attachment(long id, long attachmentId, Actor actor) {
		get(id, actor);
		Attachment attachment = complaints.attachment(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		return new AttachmentContent(attachment, files.load(attachment.getStorageKey()));
	}

	public Complaint link(long id, long relatedId, LinkType type, Actor actor) {
		Complaint related = complaints.findById(relatedId).filter(r -> actor.canSee(r.getProjectId()))
			.orElseThrow(() -> new InvalidInputException("relatedId", "no such complaint"));
		return change(id, null, actor, c -> {
			actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.REVIEWER);
			c.linkTo(related, type, actor, now());
		});
	}

	/** An attachment's record with its bytes. */
	public record AttachmentContent(Attachment attachment, Resource resource) {
	}

	private Complaint change(long id, Long expectedVersion, Actor actor, Consumer<Complaint> action) {
		Complaint complaint = get(id, actor);
		if (expectedVersion != null && expectedVersion != complaint.getVersion()) {
			throw new ConflictException("Stale update: complaint " + complaint.getNumber() + " is at version "
					+ complaint.getVersion() + ", not " + expectedVersion + "; reload it and try again.",
					Map.of("currentVersion", complaint.getVersion(), "currentState",
							complaint.getStatus().name()));
		}
		action.accept(complaint);
		return complaints.saveAndFlush(complaint);
	}

	private Complainant complainant(NewComplaint request, Actor actor, People people, List<FieldError> errors) {
		if (request.residentId() != null) {
			ResidentRef resident = people.resident().apply(request.residentId())
				.filter(r -> actor.canSee(r.household().projectId())).orElse(null);
			if (resident == null) {
				errors.add(new FieldError("residentId", "no such resident"));
				return null;
			}
			HouseholdRef household = resident.household();
			return new Complainant(resident.id(), household.id(), household.buildingId(), resident.name(),
					resident.mobile(), resident.email(), household.label());
		}
		if (isBlank(request.complainantName())) {
			errors.add(new FieldError("complainantName", "is required unless residentId is given"));
		}
		if (isBlank(request.complainantPhone()) && isBlank(request.complainantEmail())) {
			errors.add(new FieldError("complainantPhone", "is required unless residentId or complainantEmail is given"));
		}
		HouseholdRef household = null;
		if (request.householdId() != null) {
			household = people.household().apply(request.householdId()).filter(h -> actor.canSee(h.projectId()))
				.orElse(null);
			if (household == null) {
				errors.add(new FieldError("householdId", "no such household"));
			}
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return household == null
				? new Complainant(null, null, null, request.complainantName().strip(), blankToNull(request.complainantPhone()),
						blankToNull(request.complainantEmail()), request.complainantAddress())
				: new Complainant(null, household.id(), household.buildingId(), request.complainantName().strip(),
						blankToNull(request.complainantPhone()), blankToNull(request.complainantEmail()), household.label());
	}

	private Long projectOf(NewComplaint request, Complainant complainant, Actor actor, People people,
			List<FieldError> errors) {
		Long fromHousehold = complainant.householdId() == null ? null
				: people.household().apply(complainant.householdId()).map(HouseholdRef::projectId).orElseThrow();
		if (fromHousehold != null) {
			if (request.projectId() != null && !request.projectId().equals(fromHousehold)) {
				errors.add(new FieldError("projectId", "does not match the complainant's household"));
			}
			return fromHousehold;
		}
		if (request.projectId() == null) {
			errors.add(new FieldError("projectId", "is required for a complainant without a household"));
		}
		else if (directory.project(request.projectId()).isEmpty() || !actor.canSee(request.projectId())) {
			errors.add(new FieldError("projectId", "no such project"));
		}
		return request.projectId();
	}

	private Classification classification(String topicCode, Urgency urgency, String department, Long projectId,
			List<FieldError> errors) {
		if (department != null && !taxonomy.departments().contains(department)) {
			errors.add(new FieldError("department", "unknown department " + department));
		}
		if (topicCode == null) {
			return new Classification(null, null, department, urgency == null ? Urgency.NORMAL : urgency);
		}
		Topic topic = taxonomy.topic(topicCode).orElse(null);
		if (topic == null) {
			errors.add(new FieldError("topic", "unknown topic " + topicCode));
			return null;
		}
		if (department == null) {
			department = projectId == null ? topic.department() : taxonomy.departmentFor(projectId, topic.code());
		}
		return new Classification(topic.code(), topic.category().name(), department,
				urgency == null ? topic.urgency() : urgency);
	}

	private StaffRef assignee(Complaint complaint, long assigneeId) {
		return organisation.staff(assigneeId)
			.filter(s -> s.active() && s.projectIds().contains(complaint.getProjectId()))
			.orElseThrow(() -> new InvalidInputException("assigneeId", "no active staff member of this project"));
	}

	private String department(Complaint complaint, String requested, StaffRef assignee) {
		if (requested != null) {
			if (!taxonomy.departments().contains(requested)) {
				throw new InvalidInputException("department", "unknown department " + requested);
			}
			return requested;
		}
		return assignee.departmentCode() != null ? assignee.departmentCode()
				: complaint.getClassification().department();
	}

	private static void requireAssigneeOrLead(Complaint complaint, Actor actor) {
		boolean isAssignee = complaint.getAssigneeId() != null && complaint.getAssigneeId() == actor.staffId();
		if (!isAssignee && !actor.hasAnyRole(Role.SUPERVISOR, Role.MANAGER)) {
			throw new AccessDeniedException("Only the assignee or a supervisor may work on " + complaint.getNumber());
		}
	}

	private static String summary(String content) {
		String line = content.strip().lines().findFirst().orElse("").strip();
		return line.length() <= 40 ? line : line.substring(0, 40) + "…";
	}

	private static String blankToNull(String s) {
		return isBlank(s) ? null : s.strip();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private Instant now() {
		return clock.instant();
	}

}
