package org.anju.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.triage.Flag;
import org.anju.triage.Taxonomy;
import org.anju.triage.TriageResult;
import org.anju.triage.Urgency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Triage on intake, in the registering transaction: classifies the text (unless a person chose
 * the topic), spots repeats, raises risky complaints to a supervisor or the manager, and assigns
 * the complaint to an on-duty member of the responsible department — the one who looks after the
 * building, else the one with the fewest open complaints. Unsure classifications wait in the
 * customer-service triage queue for a person.
 */
@Component
class Dispatcher {

	static final String TRIAGE_QUEUE = "CUSTOMER_SERVICE";

	static final Duration REPEAT_WINDOW = Duration.ofDays(30);

	private final Taxonomy taxonomy;

	private final Organisation organisation;

	private final ComplaintRepository complaints;

	private final Clock clock;

	private final boolean autoAssign;

	private final Duration mergeWindow;

	Dispatcher(Taxonomy taxonomy, Organisation organisation, ComplaintRepository complaints, Clock clock,
			@Value("${anju.triage.auto-assign:true}") boolean autoAssign,
			@Value("${anju.intake.merge-window:PT2H}") Duration mergeWindow) {
		this.taxonomy = taxonomy;
		this.organisation = organisation;
		this.complaints = complaints;
		this.clock = clock;
		this.autoAssign = autoAssign;
		this.mergeWindow = mergeWindow;
	}

	/**
	 * The open complaint this one repeats within the merge window: the same person (resident,
	 * phone or e-mail address) about the same topic — the call and the WeChat message about one leak.
	 */
	Optional<Complaint> openDuplicate(long projectId, Complainant complainant, String topic, Instant receivedAt) {
		if (topic == null) {
			return Optional.empty();
		}
		return complaints.samePersonAndTopic(projectId, topic, ComplaintStatus.OPEN, receivedAt.minus(mergeWindow),
				complainant.residentId(), complainant.phone(), complainant.email()).stream().findFirst();
	}

	/** Everything that happens to a new complaint before anyone touches it, given what triage found. */
	void dispatch(Complaint complaint, TriageResult result, boolean topicChosen, boolean urgencyChosen) {
		Instant now = clock.instant();
		Classification given = complaint.getClassification();
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		flags.addAll(result.flags());
		if (topicChosen) {
			flags.remove(Flag.LOW_CONFIDENCE);
		}
		String topic = topicChosen ? given.topic() : result.topic();
		String department = taxonomy.departmentFor(complaint.getProjectId(), topic);
		if (flags.contains(Flag.LOW_CONFIDENCE)) {
			department = TRIAGE_QUEUE;
		}
		Urgency urgency = urgencyChosen ? given.urgency() : result.urgency();
		String category = topicChosen ? given.category() : result.category();
		complaint.triage(new Classification(topic, category, department, urgency), result.confidence(), flags, now);
		markRepeat(complaint, now);
		raise(complaint, now);
		if (!complaint.getFlags().contains(Flag.LOW_CONFIDENCE)) {
			assign(complaint, now);
		}
		if (urgency == Urgency.EMERGENCY) {
			alert(complaint, supervisors(complaint), "紧急投诉 (emergency)", now);
		}
	}

	/**
	 * Assigns an unassigned complaint to the best on-duty member of its department, if there is
	 * one and automatic assignment is on ({@code anju.triage.auto-assign}).
	 */
	void assign(Complaint complaint, Instant now) {
		if (!autoAssign) {
			return;
		}
		String department = complaint.getClassification().department();
		List<StaffRef> onDuty = organisation.onDuty(complaint.getProjectId(), department);
		if (onDuty.isEmpty()) {
			alert(complaint, supervisors(complaint), "无人值班，请手工派单 (no one on duty in " + department + ")", now);
			return;
		}
		List<StaffRef> area = onDuty.stream()
			.filter(s -> complaint.getBuildingId() != null && s.buildingIds().contains(complaint.getBuildingId()))
			.toList();
		List<StaffRef> pool = area.isEmpty() ? onDuty : area;
		Map<Long, Long> open = openCounts(pool);
		StaffRef chosen = pool.stream()
			.min(Comparator.comparingLong((StaffRef s) -> open.getOrDefault(s.id(), 0L)).thenComparingLong(StaffRef::id))
			.orElseThrow();
		complaint.assign(chosen.id(), chosen.displayName(), department, Actor.SYSTEM, now);
	}

	/** 二次投诉: the same household (or caller) complained about the same topic recently or still has it open. */
	private void markRepeat(Complaint complaint, Instant now) {
		String topic = complaint.getClassification().topic();
		if (topic == null) {
			return;
		}
		List<Complaint> earlier = complaint.getHouseholdId() != null
				? complaints.sameHouseholdAndTopic(complaint.getHouseholdId(), topic, complaint.getId())
				: complaints.samePhoneAndTopic(complaint.getComplainant().phone(), topic, complaint.getId());
		earlier.stream()
			.filter(c -> c.getStatus().isOpen() || c.getReceivedAt().isAfter(now.minus(REPEAT_WINDOW)))
			.findFirst()
			.ifPresent(previous -> {
				complaint.linkTo(previous, LinkType.REPEAT, Actor.SYSTEM, now);
				complaint.flag(Flag.REPEAT);
			});
	}

	/** Risk flags bring a supervisor in; media and group complaints also the project manager. */
	private void raise(Complaint complaint, Instant now) {
		Set<Flag> risks = complaint.getFlags().stream().filter(Flag::needsSupervisor).collect(Collectors.toSet());
		if (risks.isEmpty()) {
			return;
		}
		String reason = risks.stream().map(Flag::name).sorted().collect(Collectors.joining(", "));
		boolean major = risks.stream().anyMatch(Flag::needsManager);
		complaint.raiseTo(major ? 2 : 1, reason, Actor.SYSTEM, now);
		alert(complaint, supervisors(complaint), reason, now);
		if (major) {
			alert(complaint, organisation.managers(complaint.getProjectId()).stream().map(Dispatcher::name).toList(),
					reason, now);
		}
	}

	private List<StaffName> supervisors(Complaint complaint) {
		String department = complaint.getClassification().department();
		List<StaffRef> all = organisation.supervisors(complaint.getProjectId(), department);
		List<StaffRef> own = all.stream().filter(s -> department.equals(s.departmentCode())).toList();
		return (own.isEmpty() ? all : own).stream().map(Dispatcher::name).toList();
	}

	private void alert(Complaint complaint, List<StaffName> staff, String reason, Instant now) {
		complaint.alert(staff, reason, Actor.SYSTEM, now);
	}

	private Map<Long, Long> openCounts(List<StaffRef> staff) {
		return complaints.openCounts(staff.stream().map(StaffRef::id).toList(), ComplaintStatus.OPEN).stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	private static StaffName name(StaffRef s) {
		return new StaffName(s.id(), s.displayName());
	}

}
