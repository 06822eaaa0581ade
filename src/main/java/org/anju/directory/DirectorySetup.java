package org.anju.directory;

import java.math.BigDecimal;

import org.anju.platform.tables.TableFile;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up the directory: companies, projects, a project's roster and residents' WeChat
 * bindings. Callers check who may do this (the REST controllers check roles; the demo data runs
 * as the system; a WeChat binding is proved by a code sent to the resident's mobile).
 */
@Service
@Transactional
public class DirectorySetup {

	private final CompanyRepository companies;

	private final ProjectRepository projects;

	private final ResidentRepository residents;

	private final HouseholdRepository households;

	private final BuildingRepository buildings;

	private final UnitRepository units;

	private final RosterImport rosterImport;

	private final ApplicationEventPublisher events;

	DirectorySetup(CompanyRepository companies, ProjectRepository projects, ResidentRepository residents,
			HouseholdRepository households, BuildingRepository buildings, UnitRepository units,
			RosterImport rosterImport, ApplicationEventPublisher events) {
		this.companies = companies;
		this.projects = projects;
		this.residents = residents;
		this.households = households;
		this.buildings = buildings;
		this.units = units;
		this.rosterImport = rosterImport;
		this.events = events;
	}

	public long createCompany(String code, String name) {
		if (companies.existsByCode(code)) {
			throw new ConflictException("A company with code " + code + " exists already");
		}
		return companies.save(new Company(code, name)).getId();
	}

	/** Adds a project; {@link ProjectCreated} lets other modules set it up in the same transaction. */
	public ProjectRef createProject(long companyId, String code, String name, String address) {
		Company company = companies.findById(companyId)
			.orElseThrow(() -> new InvalidInputException("companyId", "no such company"));
		Project project = projects.saveAndFlush(new Project(company, code, name, address));
		events.publishEvent(new ProjectCreated(project.getId(), companyId, name));
		return Directory.ref(project);
	}

	/** Changes a project's name and address, as {@code PUT /projects/{id}} does; a stale version is a conflict. */
	public ProjectRef updateProject(long projectId, String name, String address, Long expectedVersion) {
		Project project = projects.findById(projectId)
			.orElseThrow(() -> new InvalidInputException("projectId", "no such project"));
		project.checkVersion(expectedVersion);
		project.update(name, address);
		return Directory.ref(projects.saveAndFlush(project));
	}

	/** Imports households and residents from an .xlsx or .csv roster: all rows or none. */
	public ImportSummary importRoster(long projectId, String fileName, byte[] content) {
		return rosterImport.run(projectId, TableFile.read(fileName, content, RosterImport.MAX_ROWS));
	}

	/**
	 * Adds a building to a project (the console's structure page; the API has its own endpoint); a
	 * name the project already has is a conflict.
	 */
	public BuildingRef addBuilding(long projectId, String name) {
		Project project = projects.findById(projectId)
			.orElseThrow(() -> new InvalidInputException("projectId", "no such project"));
		if (buildings.findByProjectIdAndName(projectId, name).isPresent()) {
			throw new ConflictException("Project " + projectId + " already has a building " + name);
		}
		return Directory.ref(buildings.saveAndFlush(new Building(project, name)));
	}

	/**
	 * Adds a unit to a building, as {@code POST /buildings/{id}/units} does; a name the building
	 * already has is a conflict (checked first, so the caller can say so, not only the database).
	 */
	public UnitRef addUnit(long buildingId, String name) {
		Building building = buildings.findById(buildingId)
			.orElseThrow(() -> new InvalidInputException("buildingId", "no such building"));
		if (units.findByBuildingIdAndName(buildingId, name).isPresent()) {
			throw new ConflictException("Building " + buildingId + " already has a unit " + name);
		}
		return Directory.ref(units.saveAndFlush(new Unit(building, name)));
	}

	/**
	 * Adds a household to a unit, as {@code POST /units/{id}/households} does; a room the unit
	 * already has is a conflict.
	 */
	public HouseholdRef addHousehold(long unitId, String room, Integer floor, BigDecimal areaSqm,
			boolean notifyAllMembers) {
		Unit unit = units.findById(unitId).orElseThrow(() -> new InvalidInputException("unitId", "no such unit"));
		if (households.findByUnitIdAndRoom(unitId, room).isPresent()) {
			throw new ConflictException("Unit " + unitId + " already has a room " + room);
		}
		Household household = new Household(unit, room, floor, areaSqm);
		household.notifyAllMembers(notifyAllMembers);
		return Directory.ref(households.saveAndFlush(household));
	}

	/** Adds a resident to a household, as {@code POST /households/{id}/residents} does. */
	public ResidentRef addResident(long householdId, ResidentDetails details) {
		Household household = households.findWithAddress(householdId)
			.orElseThrow(() -> new InvalidInputException("householdId", "no such household"));
		return Directory.ref(residents.saveAndFlush(new Resident(household, details)));
	}

	/** Changes a resident's details; a stale {@code expectedVersion} is a conflict. */
	public ResidentRef updateResident(long residentId, ResidentDetails details, Long expectedVersion) {
		Resident resident = residents.findById(residentId)
			.orElseThrow(() -> new InvalidInputException("residentId", "no such resident"));
		resident.checkVersion(expectedVersion);
		resident.update(details);
		return Directory.ref(residents.saveAndFlush(resident));
	}

	/**
	 * Links a resident to the WeChat user who proved they own the resident's mobile (the official
	 * account's binding); their WeChat messages are theirs from now on, and WeChat becomes their
	 * preferred channel.
	 */
	public ResidentRef bindWechat(long residentId, String openId) {
		Resident resident = residents.findById(residentId)
			.orElseThrow(() -> new InvalidInputException("residentId", "no such resident"));
		resident.bindWechat(openId);
		return Directory.ref(residents.saveAndFlush(resident));
	}

	public boolean isEmpty() {
		return companies.count() == 0;
	}

}
