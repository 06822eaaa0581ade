package org.anju.intake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.intake.Hotline.Caller;
import org.anju.intake.Hotline.History;
import org.anju.intake.Hotline.ScreenPop;
import org.anju.intake.Hotline.Summary;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screen pop (来电弹屏): who is calling — every active resident with this mobile in the
 * projects the agent sees, one owner of two flats shows both — and for each of their households
 * the open complaints and the latest ones; for a number the directory does not know, the
 * complaints made from it before.
 */
@Component
class CallScreen {

	static final int RECENT = 10;

	private final Directory directory;

	private final Complaints complaints;

	private final Organisation organisation;

	CallScreen(Directory directory, Complaints complaints, Organisation organisation) {
		this.directory = directory;
		this.complaints = complaints;
		this.organisation = organisation;
	}

	@Transactional(readOnly = true)
	ScreenPop of(Call call, Actor actor) {
		List<ResidentRef> residents = directory.residentsByMobile(call.getCallerNumber()).stream()
			.filter(r -> r.active() && actor.canSee(r.household().projectId()))
			.toList();
		Map<Long, HouseholdRef> households = new LinkedHashMap<>();
		residents.forEach(r -> households.putIfAbsent(r.household().id(), r.household()));
		Map<Long, String> names = new HashMap<>();
		List<History> histories = households.values().stream().map(h -> {
			List<Complaint> all = complaints.ofHousehold(h.id(), actor);
			return new History(h.id(), h.label(), h.projectId(),
					all.stream().filter(c -> c.getStatus().isOpen()).map(c -> summary(c, names)).toList(),
					all.stream().limit(RECENT).map(c -> summary(c, names)).toList());
		}).toList();
		List<Summary> fromThisPhone = complaints.ofPhone(call.getCallerNumber(), actor).stream()
			.filter(c -> c.getHouseholdId() == null)
			.limit(RECENT)
			.map(c -> summary(c, names))
			.toList();
		return new ScreenPop(call.getId(), call.getProjectId(), call.getCallerNumber(), call.getLine(),
				call.getStartedAt(), residents.stream().map(Caller::of).toList(), histories, fromThisPhone);
	}

	private Summary summary(Complaint c, Map<Long, String> names) {
		String assignee = c.getAssigneeId() == null ? null : names.computeIfAbsent(c.getAssigneeId(),
				id -> organisation.staff(id).map(StaffRef::displayName).orElse(null));
		return new Summary(c.getId(), c.getNumber(), c.getTitle(), c.getStatus(), c.getChannel(), c.getReceivedAt(),
				c.getAssigneeId(), assignee);
	}

}
