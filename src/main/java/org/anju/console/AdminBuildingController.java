package org.anju.console;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.console.AdminController.NameForm;
import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.DirectorySetup;
import org.anju.directory.HouseholdRef;
import org.anju.directory.UnitRef;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A building's units and households, one at a time (the roster import does many): add a unit, add
 * a household to one of its units. The rules are those of {@code POST /buildings/{id}/units} and
 * {@code POST /units/{id}/households}: the project's manager or an administrator.
 */
@Controller
class AdminBuildingController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final Directory directory;

	private final DirectorySetup setup;

	AdminBuildingController(AdminAccess access, AdminForms forms, Directory directory, DirectorySetup setup) {
		this.access = access;
		this.forms = forms;
		this.directory = directory;
		this.setup = setup;
	}

	@GetMapping("/admin/buildings/{id}")
	String building(@PathVariable long id, Model model) {
		BuildingRef building = access.building(id);
		List<UnitRef> units = directory.unitsOf(id);
		Map<Long, List<HouseholdRef>> households = directory.householdsOf(building.projectId()).stream()
			.filter(h -> h.buildingId() == id)
			.collect(Collectors.groupingBy(HouseholdRef::unitId, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("building", building);
		model.addAttribute("project", access.project(building.projectId()));
		model.addAttribute("units", units);
		model.addAttribute("households", households);
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new NameForm());
		}
		if (!model.containsAttribute("householdForm")) {
			HouseholdForm form = new HouseholdForm();
			form.setUnitId(units.isEmpty() ? null : units.get(0).id());
			model.addAttribute("householdForm", form);
		}
		return "console/admin/building";
	}

	@PostMapping("/admin/buildings/{id}/units")
	String addUnit(@PathVariable long id, @ModelAttribute("unitForm") NameForm unitForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		access.building(id);
		if (forms.check(unitForm, result)) {
			try {
				setup.addUnit(id, unitForm.getName().strip());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/buildings/" + id;
			}
			catch (ConflictException | DataIntegrityViolationException ex) {
				result.rejectValue("name", "admin.error.unitTaken");
			}
		}
		return building(id, model);
	}

	/** Adds a household and opens its page, where its residents are added. */
	@PostMapping("/admin/buildings/{id}/households")
	String addHousehold(@PathVariable long id, @ModelAttribute("householdForm") HouseholdForm householdForm,
			BindingResult result, Model model) {
		access.building(id);
		boolean unitOfBuilding = householdForm.getUnitId() != null
				&& directory.unitsOf(id).stream().anyMatch(u -> u.id() == householdForm.getUnitId());
		if (forms.check(householdForm, result) && unitOfBuilding) {
			try {
				HouseholdRef household = setup.addHousehold(householdForm.getUnitId(), householdForm.getRoom().strip(),
						householdForm.floor(), householdForm.area(), householdForm.isNotifyAllMembers());
				return "redirect:/admin/households/" + household.id();
			}
			catch (ConflictException | DataIntegrityViolationException ex) {
				result.rejectValue("room", "admin.error.roomTaken");
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		else if (!unitOfBuilding && !result.hasFieldErrors("unitId")) {
			result.rejectValue("unitId", "admin.error.NotNull");
		}
		return building(id, model);
	}

	/**
	 * A household as {@code POST /units/{id}/households} takes it. Floor and area are typed as text
	 * and checked here, so that a wrong number is a field error in the user's language.
	 */
	static class HouseholdForm {

		@NotNull
		private Long unitId;

		@NotBlank
		@Size(max = 20)
		private String room;

		@Pattern(regexp = "\\s*(-?\\d{1,3})?\\s*")
		private String floor;

		@Pattern(regexp = "\\s*(\\d{1,8}(\\.\\d{1,2})?)?\\s*")
		private String areaSqm;

		private boolean notifyAllMembers;

		Integer floor() {
			return floor == null || floor.isBlank() ? null : Integer.valueOf(floor.strip());
		}

		BigDecimal area() {
			return areaSqm == null || areaSqm.isBlank() ? null : new BigDecimal(areaSqm.strip());
		}

		public Long getUnitId() { return unitId; }
		public void setUnitId(Long unitId) { this.unitId = unitId; }
		public String getRoom() { return room; }
		public void setRoom(String room) { this.room = room; }
		public String getFloor() { return floor; }
		public void setFloor(String floor) { this.floor = floor; }
		public String getAreaSqm() { return areaSqm; }
		public void setAreaSqm(String areaSqm) { this.areaSqm = areaSqm; }
		public boolean isNotifyAllMembers() { return notifyAllMembers; }
		public void setNotifyAllMembers(boolean notifyAllMembers) { this.notifyAllMembers = notifyAllMembers; }

	}

}
