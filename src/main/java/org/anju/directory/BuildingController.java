package org.anju.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.platform.web.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Buildings (楼栋) of a project and their units (单元). */
@RestController
@RequestMapping("/api/v1")
@Transactional
class BuildingController {

	private final BuildingRepository buildings;

	private final UnitRepository units;

	private final HouseholdRepository households;

	private final ProjectAccess access;

	BuildingController(BuildingRepository buildings, UnitRepository units, HouseholdRepository households,
			ProjectAccess access) {
		this.buildings = buildings;
		this.units = units;
		this.households = households;
		this.access = access;
	}

	@GetMapping("/projects/{projectId}/buildings")
	@Transactional(readOnly = true)
	List<BuildingView> buildings(@PathVariable long projectId) {
		access.project(projectId);
		return buildings.findByProjectIdOrderByName(projectId).stream().map(BuildingView::of).toList();
	}

	@PostMapping("/projects/{projectId}/buildings")
	@ResponseStatus(HttpStatus.CREATED)
	BuildingView addBuilding(@PathVariable long projectId, @Valid @RequestBody NameRequest request) {
		Project project = access.project(projectId);
		access.requireStructureEditor();
		return BuildingView.of(buildings.saveAndFlush(new Building(project, request.name())));
	}

	@GetMapping("/buildings/{id}")
	@Transactional(readOnly = true)
	BuildingView building(@PathVariable long id) {
		return BuildingView.of(access.building(id));
	}

	@PutMapping("/buildings/{id}")
	BuildingView renameBuilding(@PathVariable long id, @Valid @RequestBody NameRequest request) {
		Building building = access.building(id);
		access.requireStructureEditor();
		building.checkVersion(request.version());
		building.rename(request.name());
		return BuildingView.of(buildings.saveAndFlush(building));
	}

	@DeleteMapping("/buildings/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteBuilding(@PathVariable long id) {
		Building building = access.building(id);
		access.requireStructureEditor();
		if (units.existsByBuildingId(id)) {
			throw new ConflictException("Building " + id + " still has units");
		}
		buildings.delete(building);
	}

	@GetMapping("/buildings/{buildingId}/units")
	@Transactional(readOnly = true)
	List<UnitView> units(@PathVariable long buildingId) {
		access.building(buildingId);
		return units.findByBuildingIdOrderByName(buildingId).stream().map(UnitView::of).toList();
	}

	@PostMapping("/buildings/{buildingId}/units")
	@ResponseStatus(HttpStatus.CREATED)
	UnitView addUnit(@PathVariable long buildingId, @Valid @RequestBody NameRequest request) {
		Building building = access.building(buildingId);
		access.requireStructureEditor();
		return UnitView.of(units.saveAndFlush(new Unit(building, request.name())));
	}

	@GetMapping("/units/{id}")
	@Transactional(readOnly = true)
	UnitView unit(@PathVariable long id) {
		return UnitView.of(access.unit(id));
	}

	@PutMapping("/units/{id}")
	UnitView renameUnit(@PathVariable long id, @Valid @RequestBody NameRequest request) {
		Unit unit = access.unit(id);
		access.requireStructureEditor();
		unit.checkVersion(request.version());
		unit.rename(request.name());
		return UnitView.of(units.saveAndFlush(unit));
	}

	@DeleteMapping("/units/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteUnit(@PathVariable long id) {
		Unit unit = access.unit(id);
		access.requireStructureEditor();
		if (households.existsByUnitId(id)) {
			throw new ConflictException("Unit " + id + " still has households");
		}
		units.delete(unit);
	}

	record NameRequest(@NotBlank @Size(max = 60) String name, Long version) {
	}

	record BuildingView(long id, long version, long projectId, String name) {

		static BuildingView of(Building b) {
			return new BuildingView(b.getId(), b.getVersion(), b.getProject().getId(), b.getName());
		}

	}

	record UnitView(long id, long version, long buildingId, String name) {

		static UnitView of(Unit u) {
			return new UnitView(u.getId(), u.getVersion(), u.getBuilding().getId(), u.getName());
		}

	}

}
