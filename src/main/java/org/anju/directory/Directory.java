package org.anju.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.platform.security.Actor;
import org.anju.platform.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups other modules use: projects, buildings, households and residents by id or contact. */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final ProjectRepository projects;

	private final BuildingRepository buildings;

	private final UnitRepository units;

	private final HouseholdRepository households;

	private final ResidentRepository residents;

	Directory(ProjectRepository projects, BuildingRepository buildings, UnitRepository units,
			HouseholdRepository households, ResidentRepository residents) {
		this.projects = projects;
		this.buildings = buildings;
		this.units = units;
		this.households = households;
		this.residents = residents;
	}

	public Optional<ProjectRef> project(long id) {
		return projects.findById(id).map(Directory::ref);
	}

	public List<ProjectRef> projects() {
		return projects.findAllByOrderByName().stream().map(Directory::ref).toList();
	}

	/** The ids of every project the actor sees: an administrator's are all of them. */
	public Set<Long> projectIdsSeenBy(Actor actor) {
		return actor.isAdmin() ? projects().stream().map(ProjectRef::id).collect(Collectors.toUnmodifiableSet())
				: actor.projectIds();
	}

	/** The project asked for (404 unless the actor sees it), or every project the actor sees without one. */
	public Set<Long> projectIdsFor(Long projectId, Actor actor) {
		if (projectId == null) {
			return projectIdsSeenBy(actor);
		}
		if (!actor.canSee(projectId) || projects.findById(projectId).isEmpty()) {
			throw new NotFoundException("Project", projectId);
		}
		return Set.of(projectId);
	}

	/** A project's editable details and version, for the console's edit form. */
	public Optional<ProjectDetails> projectDetails(long id) {
		return projects.findById(id)
			.map(p -> new ProjectDetails(p.getId(), p.getVersion(), p.getCode(), p.getName(), p.getAddress()));
	}

	public Optional<BuildingRef> building(long id) {
		return buildings.findById(id).map(Directory::ref);
	}

	public List<BuildingRef> buildingsOf(long projectId) {
		return buildings.findByProjectIdOrderByName(projectId).stream().map(Directory::ref).toList();
	}

	/** The units of a building, by name. */
	public List<UnitRef> unitsOf(long buildingId) {
		return units.findByBuildingIdOrderByName(buildingId).stream().map(Directory::ref).toList();
	}

	public Optional<HouseholdRef> household(long id) {
		return households.findWithAddress(id).map(Directory::ref);
	}

	/** The households of these ids that exist, in one query. */
	public List<HouseholdRef> households(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : households.findWithAddress(ids).stream().map(Directory::ref).toList();
	}

	/** Every household of a project, by building and address, for the console's structure page. */
	public List<HouseholdRef> householdsOf(long projectId) {
		return households.findByUnitBuildingProjectId(projectId).stream().map(Directory::ref)
			.sorted(Comparator.comparing(HouseholdRef::label)).toList();
	}

	/**
	 * Households of these projects whose address contains the text ("1201", "3栋2单元") or with a
	 * resident of that name (or part of it) or mobile, by address, at most {@code limit}.
	 */
	public List<HouseholdRef> searchHouseholds(String text, Collection<Long> projectIds, int limit) {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty() || projectIds.isEmpty()) {
			return List.of();
		}
		String like = "%" + q.replace("%", "").replace("_", "") + "%"; // typed wildcards are dropped
		return households.search(projectIds, like, q, PageRequest.of(0, limit)).stream().map(Directory::ref)
			.sorted(Comparator.comparing(HouseholdRef::label)).toList();
	}

	/** A resident's record version, for stale-edit detection in forms. */
	public long residentVersion(long id) {
		return residents.findById(id).map(Resident::getVersion).orElseThrow(() -> new NotFoundException("Resident", id));
	}

	public Optional<ResidentRef> resident(long id) {
		return residents.findWithAddress(id).map(Directory::ref);
	}

	/** The residents of these ids that exist, with their households, in one query. */
	public List<ResidentRef> residents(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : residents.findWithAddress(ids).stream().map(Directory::ref).toList();
	}

	public List<ResidentRef> residentsOf(long householdId) {
		return residents.findByHouseholdIdOrderById(householdId).stream().map(Directory::ref).toList();
	}

	public List<ResidentRef> residentsInBuilding(long buildingId) {
		return residents.findByHouseholdUnitBuildingIdOrderById(buildingId).stream().map(Directory::ref).toList();
	}

	public List<ResidentRef> residentsByMobile(String mobile) {
		return residents.findByMobile(mobile).stream().map(Directory::ref).toList();
	}

	public List<ResidentRef> residentsByEmail(String email) {
		return residents.findByEmailIgnoreCase(email).stream().map(Directory::ref).toList();
	}

	public List<ResidentRef> residentsByWechatOpenId(String openId) {
		return residents.findByWechatOpenId(openId).stream().map(Directory::ref).toList();
	}

	static ProjectRef ref(Project p) {
		return new ProjectRef(p.getId(), p.getCompany().getId(), p.getCode(), p.getName());
	}

	static BuildingRef ref(Building b) {
		return new BuildingRef(b.getId(), b.getProject().getId(), b.getName());
	}

	static UnitRef ref(Unit u) {
		return new UnitRef(u.getId(), u.getBuilding().getId(), u.getName());
	}

	static HouseholdRef ref(Household h) {
		Building b = h.getUnit().getBuilding();
		return new HouseholdRef(h.getId(), b.getProject().getId(), b.getId(), h.getUnit().getId(), h.label(),
				h.isNotifyAllMembers());
	}

	static ResidentRef ref(Resident r) {
		return new ResidentRef(r.getId(), ref(r.getHousehold()), r.getName(), r.getRelation(), r.getMobile(),
				r.getEmail(), r.getWechatOpenId(), r.getPreferredChannel(), r.isActive(), r.getMiniappOpenId());
	}

}
