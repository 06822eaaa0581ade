package org.anju.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.audit.AuditTrail;
import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.directory.ContactChannel;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdNotes;
import org.anju.directory.HouseholdRef;
import org.anju.directory.HouseholdTag;
import org.anju.directory.ProjectRef;
import org.anju.directory.Relation;
import org.anju.directory.ResidentRef;
import org.anju.feedback.Ratings;
import org.anju.intake.CallRecords;
import org.anju.notification.HouseholdNotices;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.anju.survey.Surveys;
import org.anju.vehicle.Vehicles;
import org.springframework.stereotype.Component;

/**
 * Gathers the owner 360 view of a household — residents and contacts, vehicles, complaints with
 * outcomes and ratings, calls, notices, survey answers, tags and notes — for any staff member of
 * its project, and writes an audit row for every view. Mobiles and e-mail addresses are masked
 * unless the viewer works the service desk (AGENT, SUPERVISOR, MANAGER); only they read the notes
 * and the household's survey answers (the survey's results are otherwise anonymous; the desk needs
 * them to follow a low score up).
 */
@Component
class OwnerView {

	private final Directory directory;

	private final Complaints complaints;

	private final Ratings ratings;

	private final Vehicles vehicles;

	private final CallRecords calls;

	private final HouseholdNotices notices;

	private final Surveys surveys;

	private final HouseholdNotes notes;

	private final AuditTrail audit;

	OwnerView(Directory directory, Complaints complaints, Ratings ratings, Vehicles vehicles, CallRecords calls,
			HouseholdNotices notices, Surveys surveys, HouseholdNotes notes, AuditTrail audit) {
		this.directory = directory;
		this.complaints = complaints;
		this.ratings = ratings;
		this.vehicles = vehicles;
		this.calls = calls;
		this.notices = notices;
		this.surveys = surveys;
		this.notes = notes;
		this.audit = audit;
	}

	/** The household, if the actor sees its project; 404 otherwise. */
	HouseholdRef household(long id, Actor actor) {
		return directory.household(id).filter(h -> actor.canSee(h.projectId()))
			.orElseThrow(() -> new NotFoundException("Household", id));
	}

	/** Whether the actor works the desk of the household's project: full contacts, notes, editing. */
	static boolean desk(Actor actor) {
		return actor.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
	}

	/** The household's profile, audited as {@code what} ("owner-view-page", "owner-view-api"). */
	Profile profile(long householdId, Actor actor, String what) {
		HouseholdRef household = household(householdId, actor);
		audit.viewed(actor, "HOUSEHOLD", householdId, household.projectId(), what);
		boolean desk = desk(actor);
		String project = directory.project(household.projectId()).map(ProjectRef::name).orElse("");
		List<ResidentLine> residents = directory.residentsOf(householdId).stream()
			.map(r -> ResidentLine.of(r, desk)).toList();
		List<Complaint> theirs = complaints.ofHousehold(householdId, actor);
		Map<Long, Integer> stars = ratings.latestStars(theirs.stream().map(Complaint::getId).toList());
		List<ComplaintLine> complaintLines = theirs.stream()
			.map(c -> new ComplaintLine(c.getId(), c.getNumber(), c.getTitle(), c.getStatus(), c.getReceivedAt(),
					c.getResolution(), stars.get(c.getId())))
			.toList();
		List<CallLine> callLines = calls.ofHousehold(householdId, actor).stream()
			.map(c -> new CallLine(c.id(), c.direction(), desk ? c.callerNumber() : maskMobile(c.callerNumber()), c.startedAt(),
					c.durationSeconds(), c.outcome(), c.notes(), c.complaintNumbers()))
			.toList();
		List<NoticeLine> noticeLines = notices.of(householdId).stream()
			.map(n -> new NoticeLine(n.noticeId(), n.kind(), n.title(), n.sentAt(),
					n.deliveries().stream().map(d -> d.status()).distinct().sorted().collect(Collectors.joining("/"))))
			.toList();
		return new Profile(household, project, desk, residents, vehicles.ofHousehold(householdId, actor),
				complaintLines, callLines, noticeLines, desk ? surveys.answersOf(householdId) : List.of(),
				notes.tags(householdId, actor), desk ? notes.notes(householdId, actor) : List.of());
	}

	/** 139****5678: enough to recognise a number, not to call it. */
	static String maskMobile(String mobile) {
		if (mobile == null || mobile.length() < 7) {
			return mobile == null ? null : "*".repeat(mobile.length());
		}
		return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
	}

	/** z***@example.com. */
	static String maskEmail(String email) {
		int at = email == null ? -1 : email.indexOf('@');
		return at < 1 ? email : email.charAt(0) + "***" + email.substring(at);
	}

	/** Everything the 360 view shows about a household. */
	record Profile(HouseholdRef household, String projectName, boolean fullContacts, List<ResidentLine> residents,
			List<Vehicles.VehicleRef> vehicles, List<ComplaintLine> complaints, List<CallLine> calls,
			List<NoticeLine> notices, List<Surveys.HouseholdAnswer> surveys, Set<HouseholdTag> tags,
			List<HouseholdNotes.Note> notes) {

		/** The complaints rated, for the summary line. */
		public long rated() {
			return complaints.stream().filter(c -> c.stars() != null).count();
		}

	}

	/** A resident and how to reach them; contacts masked for viewers outside the desk. */
	record ResidentLine(long id, String name, Relation relation, String mobile, String email,
			ContactChannel preferredChannel, boolean active) {

		static ResidentLine of(ResidentRef r, boolean full) {
			return new ResidentLine(r.id(), r.name(), r.relation(), full ? r.mobile() : maskMobile(r.mobile()),
					full ? r.email() : maskEmail(r.email()), r.preferredChannel(), r.active());
		}

	}

	/** A complaint of the household, its outcome and the owner's latest rating (stars, if rated). */
	record ComplaintLine(long id, String number, String title, ComplaintStatus status, Instant receivedAt,
			String resolution, Integer stars) {
	}

	/** A call from one of the residents' numbers or about one of the household's complaints. */
	record CallLine(long id, String direction, String callerNumber, Instant startedAt, Long durationSeconds, String outcome,
			String notes, List<String> complaintNumbers) {
	}

	/** A mass notice the household was sent, and what became of its copies (SENT, FAILED …). */
	record NoticeLine(long id, String kind, String title, Instant sentAt, String deliveries) {
	}

}
