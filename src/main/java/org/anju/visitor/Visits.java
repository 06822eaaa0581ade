package org.anju.visitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visitor register of a project. Every staff member of the project may check visitors in and
 * out and see who is inside; the full history is for supervisors and the manager. A visitor is
 * overdue when still inside after the expected time out (default: {@code anju.visitor.expected-stay}
 * after entering) — asked "at" a shift's end, it lists whom the outgoing shift must hand over.
 */
@Service
@Transactional
public class Visits {

	/** A Mainland plate: province, letter, then five characters (six for new-energy plates). */
	private static final Pattern PLATE = Pattern.compile(
			"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]");

	private final VisitRepository visits;

	private final IdNumbers ids;

	private final Directory directory;

	private final Clock clock;

	private final Duration expectedStay;

	Visits(VisitRepository visits, IdNumbers ids, Directory directory, Clock clock,
			@Value("${anju.visitor.expected-stay:PT4H}") Duration expectedStay) {
		this.visits = visits;
		this.ids = ids;
		this.directory = directory;
		this.clock = clock;
		this.expectedStay = expectedStay;
	}

	/**
	 * Checks a visitor in — or, when the host refused on the phone, records the refusal (status
	 * REFUSED, no entry). 400 with every field error; 409 when the badge is in use.
	 */
	public VisitView checkIn(NewVisit v, Actor actor) {
		if (v.projectId() == null) {
			throw new InvalidInputException("projectId", "is required");
		}
		long projectId = seen(v.projectId(), actor);
		List<FieldError> errors = new ArrayList<>();
		String name = strip(v.visitorName());
		if (name == null || name.length() > 50) {
			errors.add(new FieldError("visitorName", "is required, at most 50 characters"));
		}
		IdNumbers.Stored id = null;
		if (v.idType() == null) {
			errors.add(new FieldError("idType", "is required: RESIDENT_ID or PASSPORT"));
		}
		else {
			try {
				id = ids.check(v.idType(), v.idNumber());
			}
			catch (InvalidInputException ex) {
				errors.addAll(fieldErrors(ex));
			}
		}
		HouseholdRef household = v.householdId() == null ? null
				: directory.household(v.householdId()).filter(h -> h.projectId() == projectId).orElse(null);
		if (household == null) {
			errors.add(new FieldError("householdId", "is required: a household of the project"));
		}
		if (v.hostDecision() == null) {
			errors.add(new FieldError("hostDecision", "is required: CONFIRMED or REFUSED after calling the household"));
		}
		String confirmedBy = strip(v.hostConfirmedBy());
		if (confirmedBy == null || confirmedBy.length() > 50) {
			errors.add(new FieldError("hostConfirmedBy", "is required: who answered at the household, at most 50 characters"));
		}
		String purpose = strip(v.purpose());
		if (purpose == null || purpose.length() > 200) {
			errors.add(new FieldError("purpose", "is required, at most 200 characters"));
		}
		String plate = strip(v.plate()) == null ? null : strip(v.plate()).toUpperCase(Locale.ROOT).replaceAll("[\\s·-]", "");
		if (plate != null && !PLATE.matcher(plate).matches()) {
			errors.add(new FieldError("plate", "is not a Mainland plate such as 粤B12345 or 粤BD12345"));
		}
		String badge = strip(v.badge());
		boolean entering = v.hostDecision() == HostDecision.CONFIRMED;
		if (entering && (badge == null || badge.length() > 20)) {
			errors.add(new FieldError("badge", "is required, at most 20 characters"));
		}
		Instant now = clock.instant();
		if (v.expectedOut() != null && !v.expectedOut().isAfter(now)) {
			errors.add(new FieldError("expectedOut", "must be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (entering && visits.existsByProjectIdAndStatusAndBadge(projectId, Visit.Status.INSIDE, badge)) {
			throw new ConflictException("Badge " + badge + " is worn by a visitor inside");
		}
		Visit visit = visits.saveAndFlush(new Visit(projectId, name, v.idType(), id, household.id(), v.hostDecision(),
				confirmedBy, purpose, plate, entering ? badge : null, now,
				v.expectedOut() == null ? now.plus(expectedStay) : v.expectedOut(), actor.username()));
		return view(visit, now);
	}

	public VisitView checkOut(long id, Actor actor) {
		Visit visit = find(id, actor);
		Instant now = clock.instant();
		visit.checkOut(now, actor.username());
		return view(visits.saveAndFlush(visit), now);
	}

	@Transactional(readOnly = true)
	public VisitView get(long id, Actor actor) {
		return view(find(id, actor), clock.instant());
	}

	/** Who is inside now, earliest first. */
	@Transactional(readOnly = true)
	public List<VisitView> inside(long projectId, Actor actor) {
		seen(projectId, actor);
		Instant now = clock.instant();
		return visits.findByProjectIdAndStatusOrderByTimeInAsc(projectId, Visit.Status.INSIDE).stream()
			.map(v -> view(v, now)).toList();
	}

	/** Visitors still inside whose expected time out has passed at {@code at} (a shift's end; null: now). */
	@Transactional(readOnly = true)
	public List<VisitView> overdue(long projectId, Instant at, Actor actor) {
		seen(projectId, actor);
		Instant when = at == null ? clock.instant() : at;
		return visits.findByProjectIdAndStatusAndExpectedOutLessThanEqualOrderByExpectedOutAsc(projectId,
				Visit.Status.INSIDE, when).stream().map(v -> view(v, when)).toList();
	}

	/** The latest 200 visits of every status: supervisors and the manager. */
	@Transactional(readOnly = true)
	public List<VisitView> history(long projectId, Actor actor) {
		seen(projectId, actor);
		actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		Instant now = clock.instant();
		return visits.findTop200ByProjectIdOrderByIdDesc(projectId).stream().map(v -> view(v, now)).toList();
	}

	private Visit find(long id, Actor actor) {
		return visits.findById(id).filter(v -> actor.canSee(v.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Visit", id));
	}

	private static long seen(long projectId, Actor actor) {
		if (!actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
		return projectId;
	}

	private VisitView view(Visit v, Instant now) {
		Long previous = v.getIdHash() == null ? null
				: visits.countByProjectIdAndIdHashAndIdNot(v.getProjectId(), v.getIdHash(), v.getId());
		boolean overdue = v.getStatus() == Visit.Status.INSIDE && v.getExpectedOut() != null
				&& !v.getExpectedOut().isAfter(now);
		return new VisitView(v.getId(), v.getProjectId(), v.getVisitorName(), v.getIdType(), v.getIdMasked(),
				v.getHouseholdId(), directory.household(v.getHouseholdId()).map(HouseholdRef::label).orElse(null),
				v.getHostDecision(), v.getHostConfirmedBy(), v.getHostConfirmedAt(), v.getPurpose(), v.getPlate(),
				v.getBadge(), v.getStatus().name(), v.getTimeIn(), v.getExpectedOut(), v.getTimeOut(),
				v.getRecordedBy(), v.getCheckedOutBy(), previous, overdue);
	}

	private static List<FieldError> fieldErrors(InvalidInputException ex) {
		return ex.errors().stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).toList();
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
