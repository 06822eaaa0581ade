package org.anju.directory;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Households (房号) of a unit and the residents who live in them. */
@RestController
@RequestMapping("/api/v1")
@Transactional
class HouseholdController {

	private final HouseholdRepository households;

	private final ResidentRepository residents;

	private final ProjectAccess access;

	HouseholdController(HouseholdRepository households, ResidentRepository residents, ProjectAccess access) {
		this.households = households;
		this.residents = residents;
		this.access = access;
	}

	@GetMapping("/units/{unitId}/households")
	@Transactional(readOnly = true)
	List<HouseholdView> households(@PathVariable long unitId) {
		access.unit(unitId);
		return households.findByUnitId(unitId).stream().map(HouseholdView::of).toList();
	}

	@PostMapping("/units/{unitId}/households")
	@ResponseStatus(HttpStatus.CREATED)
	HouseholdView addHousehold(@PathVariable long unitId, @Valid @RequestBody HouseholdRequest request) {
		Unit unit = access.unit(unitId);
		access.requireStructureEditor();
		Household household = new Household(unit, request.room(), request.floor(), request.areaSqm());
		household.notifyAllMembers(Boolean.TRUE.equals(request.notifyAllMembers()));
		return HouseholdView.of(households.saveAndFlush(household));
	}

	@GetMapping("/households/{id}")
	@Transactional(readOnly = true)
	HouseholdView household(@PathVariable long id) {
		return HouseholdView.of(access.household(id));
	}

	@PutMapping("/households/{id}")
	HouseholdView updateHousehold(@PathVariable long id, @Valid @RequestBody HouseholdRequest request) {
		Household household = access.household(id);
		access.requireStructureEditor();
		household.checkVersion(request.version());
		household.update(request.room(), request.floor(), request.areaSqm());
		if (request.notifyAllMembers() != null) {
			household.notifyAllMembers(request.notifyAllMembers());
		}
		return HouseholdView.of(households.saveAndFlush(household));
	}

	@DeleteMapping("/households/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteHousehold(@PathVariable long id) {
		Household household = access.household(id);
		access.requireStructureEditor();
		if (residents.existsByHouseholdId(id)) {
			throw new ConflictException("Household " + id + " still has residents");
		}
		households.delete(household);
	}

	@GetMapping("/households/{householdId}/residents")
	@Transactional(readOnly = true)
	List<ResidentView> residents(@PathVariable long householdId) {
		access.household(householdId);
		return residents.findByHouseholdIdOrderById(householdId).stream().map(ResidentView::of).toList();
	}

	@PostMapping("/households/{householdId}/residents")
	@ResponseStatus(HttpStatus.CREATED)
	ResidentView addResident(@PathVariable long householdId, @Valid @RequestBody ResidentDetails details) {
		Household household = access.household(householdId);
		access.requireResidentEditor();
		return ResidentView.of(residents.saveAndFlush(new Resident(household, details)));
	}

	/** Finds residents by mobile number within the projects the caller may see (hotline look-up). */
	@GetMapping("/residents")
	@Transactional(readOnly = true)
	List<ResidentView> findByMobile(@RequestParam String mobile) {
		return residents.findByMobile(mobile).stream().filter(r -> ProjectAccess.visible(projectOf(r)))
			.map(ResidentView::of).toList();
	}

	@GetMapping("/residents/{id}")
	@Transactional(readOnly = true)
	ResidentView resident(@PathVariable long id) {
		return ResidentView.of(access.resident(id));
	}

	@PutMapping("/residents/{id}")
	ResidentView updateResident(@PathVariable long id, @Valid @RequestBody ResidentUpdate request) {
		Resident resident = access.resident(id);
		access.requireResidentEditor();
		resident.checkVersion(request.version());
		resident.update(request.details());
		return ResidentView.of(residents.saveAndFlush(resident));
	}

	@DeleteMapping("/residents/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteResident(@PathVariable long id) {
		Resident resident = access.resident(id);
		access.requireResidentEditor();
		residents.delete(resident);
	}

	private static Project projectOf(Resident r) {
		return r.getHousehold().getUnit().getBuilding().getProject();
	}

	record HouseholdRequest(@NotBlank @Size(max = 20) String room, Integer floor,
			@PositiveOrZero BigDecimal areaSqm, Boolean notifyAllMembers, Long version) {
	}

	record ResidentUpdate(@NotNull @Valid ResidentDetails details, Long version) {
	}

	record HouseholdView(long id, long version, long unitId, String room, Integer floor, BigDecimal areaSqm,
			String label, boolean notifyAllMembers) {

		static HouseholdView of(Household h) {
			return new HouseholdView(h.getId(), h.getVersion(), h.getUnit().getId(), h.getRoom(), h.getFloor(),
					h.getAreaSqm(), h.label(), h.isNotifyAllMembers());
		}

	}

	record ResidentView(long id, long version, long householdId, String household, String name, Relation relation,
			String mobile, String email, String wechatOpenId, String miniappOpenId, ContactChannel preferredChannel,
			boolean active) {

		static ResidentView of(Resident r) {
			return new ResidentView(r.getId(), r.getVersion(), r.getHousehold().getId(), r.getHousehold().label(),
					r.getName(), r.getRelation(), r.getMobile(), r.getEmail(), r.getWechatOpenId(), r.getMiniappOpenId(),
					r.getPreferredChannel(), r.isActive());
		}

	}

}
