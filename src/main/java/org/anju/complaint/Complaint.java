package org.anju.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.anju.platform.security.Actor;
import org.anju.platform.web.ConflictException;
import org.anju.triage.Flag;
import org.anju.triage.Urgency;
import org.springframework.data.domain.AbstractAggregateRoot;

import static org.anju.complaint.ComplaintStatus.ASSIGNED;
import static org.anju.complaint.ComplaintStatus.CANCELLED;
import static org.anju.complaint.ComplaintStatus.CLOSED;
import static org.anju.complaint.ComplaintStatus.IN_PROGRESS;
import static org.anju.complaint.ComplaintStatus.ON_HOLD;
import static org.anju.complaint.ComplaintStatus.RECEIVED;
import static org.anju.complaint.ComplaintStatus.REOPENED;
import static org.anju.complaint.ComplaintStatus.RESOLVED;

/**
 * An owner's complaint. Every change is an intent-named method that checks the lifecycle, records
 * itself on the timeline and registers the matching event:
 *
 * <pre>
 * RECEIVED → assign → ASSIGNED → start → IN_PROGRESS ⇄ hold/resume ⇄ ON_HOLD
 * IN_PROGRESS → resolve → RESOLVED → close → CLOSED
 * RESOLVED, CLOSED → reopen → REOPENED → start → IN_PROGRESS
 * any open status → cancel → CANCELLED;  ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED → reassign → ASSIGNED
 * </pre>
 */
@Entity
public class Complaint extends AbstractAggregateRoot<Complaint> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String number;

	private long projectId;

	private Long buildingId;

	private Long householdId;

	private Long residentId;

	private String complainantName;

	private String complainantPhone;

	private String complainantEmail;

	private String complainantAddress;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Instant receivedAt;

	private Instant recordedAt;

	private String title;

	private String content;

	private String location;

	private String topic;

	private String category;

	private String department;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	private Nature nature;

	@Enumerated(EnumType.STRING)
	private ComplaintStatus status;

	private Long assigneeId;

	private int escalationLevel;

	private String holdReason;

	private LocalDate holdUntil;

	private String resolution;

	private String cancelReason;

	private int reopenCount;

	private Instant assignedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private Double triageConfidence;

	@Enumerated(EnumType.STRING)
	private Complexity complexStatus = Complexity.NONE;

	private String complexReason;

	private String externalRef;

	private Instant externalDue;

	private Instant dispatchedAt;

	private Long intakeMillis;

	@ElementCollection
	@CollectionTable(name = "complaint_flag", joinColumns = @JoinColumn(name = "complaint_id"))
	@Column(name = "flag")
	@Enumerated(EnumType.STRING)
	private Set<Flag> flags = EnumSet.noneOf(Flag.class);

	@OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<TimelineEntry> timeline = new ArrayList<>();

	@OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<Attachment> attachments = new ArrayList<>();

	@OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ComplaintLink> links = new ArrayList<>();

	protected Complaint() {
	}

	/** Records a new complaint as received (已受理). */
	static Complaint register(String number, long projectId, Complainant complainant, Channel channel,
			Instant receivedAt, String title, String content, String location, Classification classification,
			Actor actor, Instant now) {
		Complaint c = new Complaint();
		c.number = number;
		c.projectId = projectId;
		c.residentId = complainant.residentId();
		c.householdId = complainant.householdId();
		c.buildingId = complainant.buildingId();
		c.complainantName = complainant.name();
		c.complainantPhone = complainant.phone();
		c.complainantEmail = complainant.email();
		c.complainantAddress = complainant.address();
		c.channel = channel;
		c.receivedAt = receivedAt;
		c.recordedAt = now;
		c.title = title;
		c.content = content;
		c.location = location;
		c.setClassification(classification);
		c.nature = Nature.UNKNOWN;
		c.status = RECEIVED;
		c.record(now, TimelineType.CREATED, Visibility.PUBLIC, actor, null, RECEIVED, channel.name());
		return c;
	}

	/** Called once the database has given the complaint its id. */
	void announceRegistration() {
		registerEvent(new ComplaintRegistered(id, number, projectId, channel, receivedAt));
	}

	/** Dispatches a received complaint (派单) to a staff member and their department. */
	void assign(long assigneeId, String assigneeName, String department, Actor actor, Instant now) {
		require("be assigned", RECEIVED);
		giveTo(assigneeId, department, now);
		moveTo(ASSIGNED, TimelineType.ASSIGNED, actor, now, assigneeName);
		registerEvent(new ComplaintAssigned(id, assigneeId, department, false));
	}

	/** Gives an open complaint to someone else; the new assignee has to start it again. */
	void reassign(long assigneeId, String assigneeName, String department, String reason, Actor actor,
			Instant now) {
		require("be reassigned", ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED);
		ComplaintStatus from = status;
		giveTo(assigneeId, department, now);
		status = ASSIGNED;
		holdReason = null;
		holdUntil = null;
		record(now, TimelineType.REASSIGNED, Visibility.PUBLIC, actor, from, ASSIGNED, assigneeName + ": " + reason);
		registerEvent(new ComplaintAssigned(id, assigneeId, department, true));
		if (from != ASSIGNED) {
			registerEvent(new ComplaintStatusChanged(id, from, ASSIGNED, now));
		}
	}

	/** The assignee starts working on it (处理中). */
	void start(Actor actor, Instant now) {
		require("be started", ASSIGNED, REOPENED);
		moveTo(IN_PROGRESS, actor, now, null);
	}

	/** Work cannot go on for now (挂起): the owner is told why and until when. */
	void hold(String reason, LocalDate until, Actor actor, Instant now) {
		require("be put on hold", IN_PROGRESS);
		holdReason = reason;
		holdUntil = until;
		moveTo(ON_HOLD, actor, now, reason + " (" + until + ")");
	}

	void resume(Actor actor, Instant now) {
		require("be resumed", ON_HOLD);
		holdReason = null;
		holdUntil = null;
		moveTo(IN_PROGRESS, actor, now, null);
	}

	/** The work is done (已处理待回访); the summary tells the owner what was done. */
	void resolve(String summary, Actor actor, Instant now) {
		require("be resolved", IN_PROGRESS);
		resolution = summary;
		resolvedAt = now;
		moveTo(RESOLVED, actor, now, summary);
		registerEvent(new ComplaintResolved(id, now));
	}

	/** Finished (已办结): the owner accepted the result or the callback is done. */
	void close(String note, Actor actor, Instant now) {
		require("be closed", RESOLVED);
		closedAt = now;
		moveTo(CLOSED, actor, now, note);
		registerEvent(new ComplaintClosed(id, now));
	}

	/** The owner is not satisfied (二次投诉): back into handling with the same assignee. */
	void reopen(String reason, Actor actor, Instant now) {
		require("be reopened", RESOLVED, CLOSED);
		reopenCount++;
		resolvedAt = null;
		closedAt = null;
		moveTo(REOPENED, actor, now, reason);
		registerEvent(new ComplaintReopened(id, reason, reopenCount));
	}

	/** Withdrawn, or recorded by mistake (已撤销). */
	void cancel(String reason, Actor actor, Instant now) {
		require("be cancelled", ComplaintStatus.OPEN.toArray(ComplaintStatus[]::new));
		cancelReason = reason;
		moveTo(CANCELLED, actor, now, reason);
		registerEvent(new ComplaintCancelled(id, reason));
	}

	/** Raises the complaint one level up the management chain; it keeps its status. */
	void escalate(String reason, Actor actor, Instant now) {
		require("be escalated", ComplaintStatus.OPEN.toArray(ComplaintStatus[]::new));
		escalationLevel++;
		record(now, TimelineType.ESCALATED, Visibility.INTERNAL, actor, null, null,
				"L" + escalationLevel + ": " + reason);
		registerEvent(new ComplaintEscalated(id, escalationLevel, reason));
	}

	/** Takes what automatic triage found: classification, confidence and flags. */
	void triage(Classification classification, double confidence, Set<Flag> found, Instant now) {
		require("be triaged", RECEIVED);
		setClassification(classification);
		triageConfidence = confidence;
		flags.addAll(found);
		record(now, TimelineType.CLASSIFIED, Visibility.INTERNAL, Actor.SYSTEM, null, null,
				String.format("%s / %s / %s / %s (%.2f) %s", topic, category, department, urgency, confidence, found));
		registerEvent(new ComplaintClassified(id, topic, urgency, confidence, false));
	}

	/** Keeps an outside work order's number and deadline (a 12345 city-hotline order). */
	void refer(String reference, Instant due) {
		externalRef = reference;
		externalDue = due;
	}

	/**
	 * Another outside work order about this complaint (a 12345 order merged into it): the first
	 * reference stays, the stricter deadline applies, and the deadline keeper hears of it.
	 */
	void addReference(String reference, Instant due, Actor actor, Instant now) {
		require("take an outside order", ComplaintStatus.OPEN.toArray(ComplaintStatus[]::new));
		if (externalRef == null) {
			externalRef = reference;
		}
		if (externalDue == null || due.isBefore(externalDue)) {
			externalDue = due;
		}
		record(now, TimelineType.NOTE, Visibility.INTERNAL, actor, null, null, "并入外部工单 " + reference);
		registerEvent(new ComplaintReferred(id, reference, externalDue));
	}

	/** Intake is done (triaged, and assigned if it could be): the time since the message arrived is kept. */
	void markDispatched(Instant arrivedAt, Instant now) {
		dispatchedAt = now;
		intakeMillis = Math.max(0, now.toEpochMilli() - arrivedAt.toEpochMilli());
	}

	/**
	 * The owner adds to the complaint: a reply, a further message, or the same complaint through
	 * another channel. A cancelled complaint takes nothing more.
	 */
	void addOwnerMessage(Channel via, String text, Instant now) {
		if (status == CANCELLED) {
			throw new IllegalTransitionException(number, "take an owner's message", status);
		}
		String entry = via + " " + complainantName + ": " + text;
		record(now, TimelineType.OWNER_MESSAGE, Visibility.PUBLIC, null, null, null,
				entry.length() <= 4000 ? entry : entry.substring(0, 3999) + "…");
		registerEvent(new OwnerMessageReceived(id, via, text));
	}

	/** A step of the playbook's checklist was done, or a record it requires was taken. */
	void recordPlaybook(String text, Actor actor, Instant now) {
		record(now, TimelineType.PLAYBOOK, Visibility.INTERNAL, actor, null, null, text);
	}

	/** Adds a flag found by the complaint desk (e.g. a repeat). */
	void flag(Flag flag) {
		flags.add(flag);
	}

	/**
	 * Raises the escalation to at least {@code level} (1 = supervisor, 2 = manager) and records who
	 * was told; nothing happens if it is already that high.
	 */
	void raiseTo(int level, String reason, Actor actor, Instant now) {
		if (level > escalationLevel) {
			escalationLevel = level;
			record(now, TimelineType.ESCALATED, Visibility.INTERNAL, actor, null, null, "L" + level + ": " + reason);
			registerEvent(new ComplaintEscalated(id, level, reason));
		}
	}

	/** Tells supervisors or managers to look at the complaint now. */
	void alert(List<StaffName> staff, String reason, Actor actor, Instant now) {
		if (staff.isEmpty()) {
			return;
		}
		record(now, TimelineType.ALERTED, Visibility.INTERNAL, actor, null, null,
				staff.stream().map(StaffName::name).collect(Collectors.joining("、")) + ": " + reason);
		registerEvent(new StaffAlerted(id, staff.stream().map(StaffName::id).toList(), reason));
	}

	/** Staff ask for the complex-case deadline (复杂投诉), giving the reason; a supervisor decides. */
	void requestComplex(String reason, Actor actor, Instant now) {
		require("be marked complex", ComplaintStatus.OPEN.toArray(ComplaintStatus[]::new));
		if (complexStatus != Complexity.NONE) {
			throw new ConflictException("Complaint " + number + " is already " + complexStatus + " as complex");
		}
		complexStatus = Complexity.REQUESTED;
		complexReason = reason;
		record(now, TimelineType.COMPLEXITY, Visibility.INTERNAL, actor, null, null, "申请复杂投诉: " + reason);
	}

	/** A supervisor approves the request: the complex resolution deadline applies from now on. */
	void approveComplex(Actor actor, Instant now) {
		require("be approved as complex", ComplaintStatus.OPEN.toArray(ComplaintStatus[]::new));
		if (complexStatus != Complexity.REQUESTED) {
			throw new ConflictException("Complaint " + number + " has no pending complex-case request",
					Map.of("complexStatus", complexStatus.name()));
		}
		complexStatus = Complexity.APPROVED;
		record(now, TimelineType.COMPLEXITY, Visibility.INTERNAL, actor, null, null, "批准复杂投诉: " + complexReason);
		registerEvent(new ComplaintMarkedComplex(id, complexReason));
	}

	/** Records a message sent about the complaint (or its failure). */
	void noteDelivery(String text, Instant now) {
		record(now, TimelineType.NOTIFIED, Visibility.INTERNAL, Actor.SYSTEM, null, null, text);
	}

	/** Records what the deadline keeper did (a warning, a breach, a due update) on the timeline. */
	void noteDeadline(String text, Instant now) {
		record(now, TimelineType.DEADLINE, Visibility.INTERNAL, Actor.SYSTEM, null, null, text);
	}

	/** Sets or corrects topic, category, department, urgency and nature while the complaint is not finished. */
	void classify(Classification classification, Nature nature, Actor actor, Instant now) {
		require("be reclassified", RECEIVED, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED, RESOLVED);
		setClassification(classification);
		this.nature = nature;
		flags.remove(Flag.LOW_CONFIDENCE);
		registerEvent(new ComplaintClassified(id, topic, urgency, null, true));
		record(now, TimelineType.CLASSIFIED, Visibility.INTERNAL, actor, null, null,
				String.join(" / ", String.valueOf(topic), String.valueOf(category), String.valueOf(department),
						String.valueOf(urgency), String.valueOf(nature)));
	}

	/** A note on the timeline; a public one is progress the owner hears about. */
	void addNote(String text, Visibility visibility, Actor actor, Instant now) {
		record(now, TimelineType.NOTE, visibility, actor, null, null, text);
		if (visibility == Visibility.PUBLIC) {
			registerEvent(new ProgressShared(id, text, now));
		}
	}

	/** Staff spoke to or visited the owner. */
	void recordContact(ContactMethod method, String summary, Visibility visibility, Actor actor, Instant now) {
		if (status == CANCELLED) {
			throw new IllegalTransitionException(number, "record a contact", status);
		}
		record(now, TimelineType.CONTACT, visibility, actor, null, null, method + ": " + summary);
		registerEvent(new OwnerContacted(id, method, now));
	}

	Attachment attach(StoredFile file, Actor actor, Instant now) {
		Attachment attachment = new Attachment(this, file, now, actor.staffId());
		attachments.add(attachment);
		record(now, TimelineType.ATTACHMENT, Visibility.INTERNAL, actor, null, null, file.fileName());
		return attachment;
	}

	void linkTo(Complaint related, LinkType type, Actor actor, Instant now) {
		if (related.id.equals(id) || links.stream().anyMatch(l -> l.getRelatedId() == related.id)) {
			throw new ConflictException(
					"Complaint " + number + " is already linked to " + related.number);
		}
		links.add(new ComplaintLink(this, related.id, type, now));
		record(now, TimelineType.LINKED, Visibility.INTERNAL, actor, null, null, type + " " + related.number);
	}

	private void require(String action, ComplaintStatus... allowed) {
		if (!Set.of(allowed).contains(status)) {
			throw new IllegalTransitionException(number, action, status);
		}
	}

	private void giveTo(long assigneeId, String department, Instant now) {
		this.assigneeId = assigneeId;
		if (department != null) {
			this.department = department;
		}
		this.assignedAt = now;
	}

	private void moveTo(ComplaintStatus to, Actor actor, Instant now, String message) {
		moveTo(to, TimelineType.STATUS_CHANGED, actor, now, message);
	}

	private void moveTo(ComplaintStatus to, TimelineType type, Actor actor, Instant now, String message) {
		ComplaintStatus from = status;
		status = to;
		record(now, type, Visibility.PUBLIC, actor, from, to, message);
		registerEvent(new ComplaintStatusChanged(id, from, to, now));
	}

	private void record(Instant now, TimelineType type, Visibility visibility, Actor actor, ComplaintStatus from,
			ComplaintStatus to, String message) {
		timeline.add(new TimelineEntry(this, now, type, visibility, actor, from, to, message));
	}

	private void setClassification(Classification classification) {
		topic = classification.topic();
		category = classification.category();
		department = classification.department();
		urgency = classification.urgency();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getNumber() {
		return number;
	}

	public long getProjectId() {
		return projectId;
	}

	public Long getBuildingId() {
		return buildingId;
	}

	public Long getHouseholdId() {
		return householdId;
	}

	public Long getResidentId() {
		return residentId;
	}

	public Complainant getComplainant() {
		return new Complainant(residentId, householdId, buildingId, complainantName, complainantPhone,
				complainantEmail, complainantAddress);
	}

	public Channel getChannel() {
		return channel;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getTitle() {
		return title;
	}

	public String getContent() {
		return content;
	}

	public String getLocation() {
		return location;
	}

	public Classification getClassification() {
		return new Classification(topic, category, department, urgency);
	}

	public Nature getNature() {
		return nature;
	}

	public ComplaintStatus getStatus() {
		return status;
	}

	public Long getAssigneeId() {
		return assigneeId;
	}

	public int getEscalationLevel() {
		return escalationLevel;
	}

	public String getHoldReason() {
		return holdReason;
	}

	public LocalDate getHoldUntil() {
		return holdUntil;
	}

	public String getResolution() {
		return resolution;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public int getReopenCount() {
		return reopenCount;
	}

	public Instant getAssignedAt() {
		return assignedAt;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Double getTriageConfidence() {
		return triageConfidence;
	}

	public Complexity getComplexStatus() {
		return complexStatus;
	}

	public String getComplexReason() {
		return complexReason;
	}

	public String getExternalRef() {
		return externalRef;
	}

	public Instant getExternalDue() {
		return externalDue;
	}

	public Instant getDispatchedAt() {
		return dispatchedAt;
	}

	public Long getIntakeMillis() {
		return intakeMillis;
	}

	public Set<Flag> getFlags() {
		return Collections.unmodifiableSet(flags);
	}

	public List<TimelineEntry> getTimeline() {
		return Collections.unmodifiableList(timeline);
	}

	public List<Attachment> getAttachments() {
		return Collections.unmodifiableList(attachments);
	}

	public List<ComplaintLink> getLinks() {
		return Collections.unmodifiableList(links);
	}

}
