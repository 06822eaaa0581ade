package org.anju.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.DirectorySetup;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ProjectDetails;
import org.anju.directory.ProjectRef;
import org.anju.organisation.DepartmentRef;
import org.anju.organisation.Organisation;
import org.anju.organisation.Staffing;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administration index, projects with their buildings and households, and departments. */
@Controller
class AdminController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final Directory directory;

	private final DirectorySetup setup;

	private final Organisation organisation;

	private final Staffing staffing;

	AdminController(AdminAccess access, AdminForms forms, Directory directory, DirectorySetup setup,
			Organisation organisation, Staffing staffing) {
		this.access = access;
		this.forms = forms;
		this.directory = directory;
		this.setup = setup;
		this.organisation = organisation;
		this.staffing = staffing;
	}

	@GetMapping("/admin")
	String index(Model model) {
		model.addAttribute("projects", access.projects());
		return "console/admin/index";
	}

	@GetMapping("/admin/projects")
	String projects(Model model) {
		List<ProjectRef> projects = access.projects();
		model.addAttribute("projects", projects);
		if (!model.containsAttribute("projectForm")) {
			ProjectForm form = new ProjectForm();
			form.setCompanyId(projects.isEmpty() ? null : projects.get(0).companyId());
			model.addAttribute("projectForm", form);
		}
		return "console/admin/projects";
	}

	@PostMapping("/admin/projects")
	String createProject(@ModelAttribute ProjectForm projectForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		access.admin();
		if (forms.check(projectForm, result)) {
			try {
				ProjectRef project = setup.createProject(projectForm.getCompanyId(), projectForm.getCode(),
						projectForm.getName(), projectForm.getAddress());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/projects/" + project.id();
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("code", "admin.error.taken");
			}
		}
		return projects(model);
	}

	@GetMapping("/admin/projects/{id}")
	String project(@PathVariable long id, Model model) {
		ProjectRef project = access.project(id);
		Map<Long, List<HouseholdRef>> households = directory.householdsOf(id).stream()
			.collect(Collectors.groupingBy(HouseholdRef::buildingId, LinkedHashMap::new, Collectors.toList()));
		List<BuildingRef> buildings = directory.buildingsOf(id);
		model.addAttribute("project", project);
		model.addAttribute("buildings", buildings);
		model.addAttribute("households", households);
		if (!model.containsAttribute("buildingForm")) {
			model.addAttribute("buildingForm", new NameForm());
		}
		return "console/admin/project";
	}

	@PostMapping("/admin/projects/{id}/buildings")
	String addBuilding(@PathVariable long id, @ModelAttribute("buildingForm") NameForm buildingForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.project(id);
		if (forms.check(buildingForm, result)) {
			try {
				setup.addBuilding(id, buildingForm.getName().strip());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/projects/" + id;
			}
			catch (ConflictException | DataIntegrityViolationException ex) {
				result.rejectValue("name", "admin.error.buildingTaken");
			}
		}
		return project(id, model);
	}

	@GetMapping("/admin/projects/{id}/edit")
	String editProject(@PathVariable long id, Model model) {
		access.project(id);
		ProjectDetails project = directory.projectDetails(id).orElseThrow(() -> new NotFoundException("Project", id));
		model.addAttribute("project", project);
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", ProjectEditForm.of(project));
		}
		return "console/admin/project-edit";
	}

	/** Name and address, as {@code PUT /projects/{id}} changes them: the project's manager or an administrator. */
	@PostMapping("/admin/projects/{id}")
	String updateProject(@PathVariable long id, @ModelAttribute("projectForm") ProjectEditForm projectForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.project(id);
		if (forms.check(projectForm, result)) {
			setup.updateProject(id, projectForm.getName().strip(), ProjectEditForm.trim(projectForm.getAddress()),
					projectForm.getVersion());
			redirect.addFlashAttribute("notice", "admin.notice.saved");
			return "redirect:/admin/projects/" + id;
		}
		return editProject(id, model);
	}

	@GetMapping("/admin/projects/{id}/departments")
	String departments(@PathVariable long id, Model model) {
		model.addAttribute("project", access.project(id));
		model.addAttribute("departments", organisation.departmentsOf(id));
		return "console/admin/departments";
	}

	@PostMapping("/admin/projects/{id}/departments/{departmentId}")
	String renameDepartment(@PathVariable long id, @PathVariable long departmentId, @RequestParam String name,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		access.project(id);
		DepartmentRef department = organisation.departmentsOf(id).stream().filter(d -> d.id() == departmentId)
			.findFirst().orElseThrow(() -> new NotFoundException("Department", departmentId));
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			model.addAttribute("renameError", department.id());
			return departments(id, model);
		}
		staffing.renameDepartment(department.id(), trimmed, version);
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return "redirect:/admin/projects/" + id + "/departments";
	}

	/** A new project (the administrator's), with the constraints of {@code POST /api/v1/projects}. */
	static class ProjectForm {

		@NotNull
		private Long companyId;

		@NotBlank
		@Size(max = 40)
		@Pattern(regexp = "[A-Za-z0-9_-]+")
		private String code;

		@NotBlank
		@Size(max = 200)
		private String name;

		@Size(max = 400)
		private String address;

		public Long getCompanyId() { return companyId; }
		public void setCompanyId(Long companyId) { this.companyId = companyId; }
		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getAddress() { return address; }
		public void setAddress(String address) { this.address = address; }

	}

	/** A project's name and address, with the version the edit started from ({@code PUT /api/v1/projects/{id}}). */
	static class ProjectEditForm {

		@NotBlank
		@Size(max = 200)
		private String name;

		@Size(max = 400)
		private String address;

		private Long version;

		static ProjectEditForm of(ProjectDetails project) {
			ProjectEditForm form = new ProjectEditForm();
			form.name = project.name();
			form.address = project.address();
			form.version = project.version();
			return form;
		}

		static String trim(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getAddress() { return address; }
		public void setAddress(String address) { this.address = address; }
		public Long getVersion() { return version; }
		public void setVersion(Long version) { this.version = version; }

	}

	/** A name, as buildings and units have. */
	static class NameForm {

		@NotBlank
		@Size(max = 60)
		private String name;

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }

	}

}
