package org.anju.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintFilter;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.feedback.Reviews;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.sla.SlaQueries;
import org.anju.triage.Flag;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each queue holds for the person looking: the queue is a complaint filter (plus, for the
 * deadline and review queues, the complaint ids the sla and feedback modules name), narrowed by what the user chose.
 * Counts are count queries; a page loads only its own rows.
 */
@Component
@Transactional(readOnly = true)
class Queues {

	/** The deadline queues show at most this many complaints (their count stays exact). */
	static final int DEADLINE_LIMIT = 1000;

	private static final int EXCERPT = 60;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Complaints complaints;

	private final SlaQueries sla;

	private final Reviews reviews;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final Clock clock;

	/**
	 * Counts stop here ({@code anju.console.count-cap}): beyond it the console shows "more than
	 * 10,000" — counting every one of a million complaints took a manager's page several hundred
	 * milliseconds, on every page. Pages past the cap are not offered; a filter narrows instead.
	 */
	private final int countCap;

	Queues(Complaints complaints, SlaQueries sla, Reviews reviews, Organisation organisation, Taxonomy taxonomy,
			Clock clock, @Value("${anju.console.count-cap:10000}") int countCap) {
		this.countCap = countCap;
		this.complaints = complaints;
		this.sla = sla;
		this.reviews = reviews;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	int countCap() {
		return countCap;
	}

	/** The staff member's department, which the department and escalation queues depend on. */
	String departmentOf(Actor me) {
		return organisation.staff(me.staffId()).map(StaffRef::departmentCode).orElse(null);
	}

	/** The queues this person has: "department" needs a department, "all" a manager. */
	List<Queue> available(Actor me, String department) {
		return EnumSet.allOf(Queue.class).stream()
			.filter(q -> q != Queue.DEPARTMENT || department != null)
			.filter(q -> q != Queue.ALL || me.hasAnyRole(Role.MANAGER))
			.filter(q -> q != Queue.REVIEW || me.hasAnyRole(Role.REVIEWER, Role.MANAGER))
			.toList();
	}

	Map<Queue, Long> counts(List<Queue> queues, Actor me, String department) {
		Map<Queue, Long> counts = new EnumMap<>(Queue.class);
		for (Queue q : queues) {
			counts.put(q, switch (q) {
				case DUE -> sla.countAboutToBreach(visible(me));
				case OVERDUE -> sla.countOverdue(visible(me));
				case REVIEW -> reviews.countOpen(visible(me));
				default -> complaints.countUpTo(base(q, me, department, null), me, countCap);
			});
		}
		return counts;
	}

	/**
	 * One page of the queue as the user filtered and sorted it; a page past the end shows the last.
	 * The deadline queues come in deadline order (the sla module's) unless a column was chosen.
	 */
	Page<QueueRow> page(Queue q, QueueCriteria c, Actor me, String department) {
		ComplaintFilter filter = filter(q, c, me, department);
		Sort sort = Sort.by(c.asc() ? Sort.Direction.ASC : Sort.Direction.DESC,
				c.sort() == null ? "receivedAt" : c.sort()).and(Sort.by(Sort.Direction.DESC, "id"));
		Pageable pageable = PageRequest.of(c.page(), c.size(), sort);
		if (filter == null) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		Page<Complaint> page = c.sort() == null && filter.ids() != null ? inIdOrder(filter, c, me)
				: complaints.search(filter, pageable, me, countCap);
		if (page.getContent().isEmpty() && c.page() > 0 && page.getTotalPages() > 0) {
			page = complaints.search(filter, PageRequest.of(page.getTotalPages() - 1, c.size(), sort), me, countCap);
		}
		Map<Long, Instant> due = sla.resolutionDue(page.getContent().stream().map(Complaint::getId).toList());
		Map<Long, String> names = new HashMap<>();
		Instant now = clock.instant();
		return page.map(complaint -> row(complaint, due.get(complaint.getId()), names, now));
	}

	/** A page of the filter's complaints in the order of its ids (a deadline queue: soonest due first). */
	private Page<Complaint> inIdOrder(ComplaintFilter filter, QueueCriteria c, Actor me) {
		Set<Long> matching = new HashSet<>(complaints.ids(filter, me));
		List<Long> ordered = filter.ids().stream().filter(matching::contains).toList();
		int pages = Math.max(1, (ordered.size() + c.size() - 1) / c.size());
		int page = Math.min(c.page(), pages - 1);
		List<Long> slice = ordered.subList(page * c.size(), Math.min(ordered.size(), (page + 1) * c.size()));
		Map<Long, Complaint> loaded = new HashMap<>();
		complaints.search(filter.withIds(slice), Pageable.unpaged(), me).forEach(x -> loaded.put(x.getId(), x));
		return new PageImpl<>(slice.stream().map(loaded::get).filter(Objects::nonNull).toList(),
				PageRequest.of(page, c.size()), ordered.size());
	}

	/** The queue's own filter with the user's choices on top, or null when they cannot both hold. */
	private ComplaintFilter filter(Queue q, QueueCriteria c, Actor me, String department) {
		ComplaintFilter base = base(q, me, department, c.status());
		if (base == null || (c.department() != null && base.department() != null
				&& !c.department().equals(base.department()))) {
			return null;
		}
		ComplaintFilter f = new ComplaintFilter(c.projectId(), base.status(),
				base.department() != null ? base.department() : c.department(), base.assigneeId(), c.topic(), null,
				null, null, null, startOf(c.from()), startOf(c.to() == null ? null : c.to().plusDays(1)), base.flag(),
				c.urgency(), c.q(), base.ids(), base.unassigned(), base.minEscalationLevel());
		return switch (q) {
			case DUE -> f.withIds(sla.aboutToBreach(visible(me), DEADLINE_LIMIT));
			case OVERDUE -> f.withIds(sla.overdue(visible(me), DEADLINE_LIMIT));
			case REVIEW -> f.withIds(reviews.openComplaintIds(visible(me), DEADLINE_LIMIT));
			default -> f;
		};
	}

	/**
	 * What makes the queue: its statuses (the user's choice if the queue allows it, else null when
	 * it contradicts the queue), its assignee, department, flag or escalation.
	 */
	private ComplaintFilter base(Queue q, Actor me, String department, ComplaintStatus chosen) {
		Set<ComplaintStatus> fixed = switch (q) {
			case TRIAGE -> Set.of(ComplaintStatus.RECEIVED);
			case HOLD -> Set.of(ComplaintStatus.ON_HOLD);
			case CALLBACK -> Set.of(ComplaintStatus.RESOLVED);
			default -> null;
		};
		Set<ComplaintStatus> status;
		if (fixed != null) {
			if (chosen != null && !fixed.contains(chosen)) {
				return null;
			}
			status = fixed;
		}
		else if (chosen != null) {
			status = Set.of(chosen);
		}
		else {
			status = q == Queue.ALL || q == Queue.DUE || q == Queue.OVERDUE || q == Queue.REVIEW ? null
					: ComplaintStatus.OPEN;
		}
		Long assignee = q == Queue.MINE ? me.staffId() : null;
		String dept = q == Queue.DEPARTMENT
				|| q == Queue.ESCALATED && me.roles().contains(Role.SUPERVISOR) && !me.hasAnyRole(Role.MANAGER)
						? department : null;
		if (q == Queue.DEPARTMENT && department == null) {
			return null;
		}
		ComplaintFilter f = new ComplaintFilter(null, status, dept, assignee, null, null, null, null, null, null, null,
				q == Queue.REPEATS ? Flag.REPEAT : null);
		if (q == Queue.TRIAGE) {
			f = f.withUnassigned();
		}
		if (q == Queue.ESCALATED) {
			f = f.withMinEscalationLevel(1);
		}
		return f;
	}

	private QueueRow row(Complaint c, Instant due, Map<Long, String> names, Instant now) {
		String assignee = c.getAssigneeId() == null ? null : names.computeIfAbsent(c.getAssigneeId(),
				id -> organisation.staff(id).map(StaffRef::displayName).orElse("#" + id));
		String topic = taxonomy.topic(c.getClassification().topic()).map(Topic::nameZh).orElse(null);
		String content = c.getContent().strip().replaceAll("\\s+", " ");
		return new QueueRow(c.getId(), c.getNumber(), format(c.getReceivedAt()), c.getTitle(),
				content.length() <= EXCERPT ? content : content.substring(0, EXCERPT) + "…",
				c.getComplainant().name(), c.getComplainant().address(), topic, c.getClassification().urgency(),
				c.getStatus(), assignee, format(due), due != null && c.getStatus().isOpen() && due.isBefore(now),
				c.getEscalationLevel(), c.getFlags().stream().sorted().toList());
	}

	/** The projects the person may see; null for an administrator (every project). */
	private static Set<Long> visible(Actor me) {
		return me.isAdmin() ? null : me.projectIds();
	}

	private String format(Instant time) {
		return time == null ? null : TIME.format(time.atZone(clock.getZone()));
	}

	private Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
	}

}
