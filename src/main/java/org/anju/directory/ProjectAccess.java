package org.anju.directory;

import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds directory records the current staff member may see: anything outside their projects is
 * reported as not found, so that ids of other companies' data reveal nothing.
 */
@Component
class ProjectAccess {

	private final ProjectRepository projects;

	private final BuildingRepository buildings;

	private final UnitRepository units;

	private final HouseholdRepository households;

	private final ResidentRepository residents;

	ProjectAccess(ProjectRepository projects, BuildingRepository buildings, UnitRepository units,
			HouseholdRepository households, ResidentRepository residents) {
		this.projects = projects;
		this.buildings = buildings;
		this.units = units;
		this.households = households;
		this.residents = residents;
	}

	Project project(long id) {
		return projects.findById(id).filter(p -> visible(p)).orElseThrow(() -> new NotFoundException("Project", id));
	}

	Building building(long id) {
		return buildings.findById(id).filter(b -> visible(b.getProject()))
			.orElseThrow(() -> new NotFoundException("Building", id));
	}

	Unit unit(long id) {
		return units.findById(id).filter(u -> visible(u.getBuilding().getProject()))
			.orElseThrow(() -> new NotFoundException("Unit", id));
	}

	Household household(long id) {
		return households.findWithAddress(id).filter(h -> visible(h.getUnit().getBuilding().getProject()))
			.orElseThrow(() -> new NotFoundException("Household", id));
	}

	Resident resident(long id) {
		return residents.findById(id).filter(r -> visible(r.getHousehold().getUnit().getBuilding().getProject()))
			.orElseThrow(() -> new NotFoundException("Resident", id));
	}

	/** Roles that maintain buildings, units and households: the project manager and the administrator. */
	Actor requireStructureEditor() {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.MANAGER);
		return actor;
	}

	/** Roles that maintain residents' records: service-centre agents, supervisors and managers. */
	Actor requireResidentEditor() {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		return actor;
	}

	static boolean visible(Project project) {
		return CurrentActor.get().canSee(project.getId());
	}

}
