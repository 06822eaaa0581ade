package org.anju.agenda;

import java.util.Collection;
import java.util.List;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may put what in whose calendar: any staff member their own entries, a supervisor or manager
 * also their colleagues' — always within the actor's projects (404 otherwise, like everywhere).
 */
@Component
class AgendaAccess {

	private final Directory directory;

	private final Organisation organisation;

	private final Complaints complaints;

	AgendaAccess(Directory directory, Organisation organisation, Complaints complaints) {
		this.directory = directory;
		this.organisation = organisation;
		this.complaints = complaints;
	}

	/** The project given (404 unless the actor sees it), else the complaint's, else the actor's only one. */
	long project(Long projectId, Complaint complaint, Actor actor) {
		if (projectId != null) {
			directory.projectIdsFor(projectId, actor);
			if (complaint != null && complaint.getProjectId() != projectId) {
				throw new InvalidInputException("complaintId", "is not of the project");
			}
			return projectId;
		}
		if (complaint != null) {
			return complaint.getProjectId();
		}
		if (actor.projectIds().size() != 1) {
			throw new InvalidInputException("projectId", "is required");
		}
		return actor.projectIds().iterator().next();
	}

	/** The complaint (404 unless the actor sees it), or null. */
	Complaint complaint(Long complaintId, Actor actor) {
		return complaintId == null ? null : complaints.get(complaintId, actor);
	}

	/** The household, which must be of the project (404 otherwise), or null. */
	HouseholdRef household(Long householdId, long projectId) {
		if (householdId == null) {
			return null;
		}
		return directory.household(householdId).filter(h -> h.projectId() == projectId)
			.orElseThrow(() -> new NotFoundException("Household", householdId));
	}

	/**
	 * The staff to book or assign: active members of the project (404 otherwise); anyone but the
	 * actor themself needs a supervisor or manager (403).
	 */
	List<StaffRef> staff(Collection<Long> staffIds, long projectId, Actor actor) {
		List<StaffRef> found = staffIds.stream()
			.map(id -> organisation.staff(id).filter(s -> s.active() && s.projectIds().contains(projectId))
				.orElseThrow(() -> new NotFoundException("Staff", id)))
			.toList();
		if (found.stream().anyMatch(s -> s.id() != actor.staffId())) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		return found;
	}

	String name(long staffId) {
		return organisation.staff(staffId).map(StaffRef::displayName).orElse(null);
	}

	String departmentOf(long staffId) {
		return organisation.staff(staffId).map(StaffRef::departmentCode).orElse(null);
	}

	String householdLabel(Long householdId) {
		return householdId == null ? null : directory.household(householdId).map(HouseholdRef::label).orElse(null);
	}

	static boolean isLead(Actor actor) {
		return actor.hasAnyRole(Role.SUPERVISOR, Role.MANAGER);
	}

}
