package org.anju.console;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.directory.ProjectRef;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffDetails;
import org.anju.organisation.StaffRef;
import org.anju.organisation.Staffing;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Taxonomy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts: the list, a new account with roles, projects and department, activation and
 * duty. The rules are those of {@code /api/v1/staff}: an administrator manages everyone; a manager
 * only the staff of their own projects, and never gives the ADMIN role.
 */
@Controller
class AdminStaffController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final Organisation organisation;

	private final Staffing staffing;

	AdminStaffController(AdminAccess access, AdminForms forms, Organisation organisation, Staffing staffing) {
		this.access = access;
		this.forms = forms;
		this.organisation = organisation;
		this.staffing = staffing;
	}

	@GetMapping("/admin/staff")
	String list(@RequestParam(required = false) Long projectId, Model model) {
		Actor actor = access.actor();
		List<ProjectRef> projects = access.projects();
		Map<Long, StaffRef> staff = new LinkedHashMap<>();
		if (projectId != null) {
			access.project(projectId);
			organisation.staffOf(projectId).forEach(s -> staff.put(s.id(), s));
		}
		else if (actor.isAdmin()) {
			organisation.staffOf(null).forEach(s -> staff.put(s.id(), s));
		}
		else {
			projects.forEach(p -> organisation.staffOf(p.id()).forEach(s -> staff.put(s.id(), s)));
		}
		model.addAttribute("staff", staff.values());
		model.addAttribute("projects", projects);
		model.addAttribute("projectNames", names(projects));
		model.addAttribute("projectId", projectId);
		return "console/admin/staff";
	}

	@GetMapping("/admin/staff/new")
	String form(Model model) {
		access.actor();
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", new StaffForm());
		}
		List<ProjectRef> projects = access.projects();
		model.addAttribute("projects", projects);
		model.addAttribute("roles", access.actor().isAdmin() ? EnumSet.allOf(Role.class)
				: EnumSet.complementOf(EnumSet.of(Role.ADMIN)));
		model.addAttribute("departments", Taxonomy.DEPARTMENTS.stream().sorted().toList());
		return "console/admin/staff-new";
	}

	@PostMapping("/admin/staff")
	String create(@ModelAttribute StaffForm staffForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StaffDetails details = staffForm.details();
		if (details.projectIds().isEmpty() && !access.actor().isAdmin()) {
			result.rejectValue("projectIds", "admin.error.NotEmpty");
		}
		else {
			requireManagerOf(details.roles(), details.projectIds());
		}
		forms.check(staffForm, result);
		if (forms.check(details, result)) {
			try {
				staffing.create(staffForm.getUsername().strip(), staffForm.getPassword(), details);
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/staff" + details.projectIds().stream().findFirst().map(id -> "?projectId=" + id)
					.orElse("");
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
			catch (ConflictException ex) {
				result.rejectValue("username", "admin.error.taken");
			}
		}
		return form(model);
	}

	@PostMapping("/admin/staff/{id}/active")
	String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		StaffRef member = find(id);
		requireManagerOf(member.roles(), member.projectIds());
		staffing.setActive(id, active);
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{id}/duty")
	String duty(@PathVariable long id, @RequestParam boolean onDuty, RedirectAttributes redirect) {
		find(id);
		access.actor().requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		staffing.setOnDuty(id, onDuty);
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return "redirect:/admin/staff";
	}

	private StaffRef find(long id) {
		Actor actor = access.actor();
		return organisation.staff(id)
			.filter(s -> actor.isAdmin() || actor.staffId() == s.id() || s.projectIds().stream().anyMatch(actor::canSee))
			.orElseThrow(() -> new NotFoundException("Staff", id));
	}

	/** As the REST API: an administrator may do anything; a manager only within their projects and below ADMIN. */
	private void requireManagerOf(Set<Role> roles, Set<Long> projectIds) {
		Actor actor = access.actor();
		if (!actor.isAdmin() && (roles.contains(Role.ADMIN) || projectIds.isEmpty()
				|| !actor.projectIds().containsAll(projectIds))) {
			throw new AccessDeniedException("A manager manages only the staff of their own projects");
		}
	}

	private static Map<Long, String> names(List<ProjectRef> projects) {
		Map<Long, String> names = new LinkedHashMap<>();
		projects.forEach(p -> names.put(p.id(), p.name()));
		return names;
	}

	/** A new account; username and password follow {@code POST /api/v1/staff}. */
	static class StaffForm {

		@NotBlank
		@Size(max = 60)
		@Pattern(regexp = "[A-Za-z0-9._-]+")
		private String username;

		@NotBlank
		@Size(min = 8, max = 100)
		private String password;

		private String displayName;

		private String mobile;

		private String email;

		private String departmentCode;

		private Set<Role> roles = new LinkedHashSet<>();

		private Set<Long> projectIds = new LinkedHashSet<>();

		StaffDetails details() {
			return new StaffDetails(trim(displayName), trim(mobile), trim(email), trim(departmentCode),
					roles == null ? Set.of() : roles, projectIds == null ? Set.of() : projectIds, Set.of(), true);
		}

		private static String trim(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		public String getUsername() { return username; }
		public void setUsername(String username) { this.username = username; }
		public String getPassword() { return password; }
		public void setPassword(String password) { this.password = password; }
		public String getDisplayName() { return displayName; }
		public void setDisplayName(String displayName) { this.displayName = displayName; }
		public String getMobile() { return mobile; }
		public void setMobile(String mobile) { this.mobile = mobile; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getDepartmentCode() { return departmentCode; }
		public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
		public Set<Role> getRoles() { return roles; }
		public void setRoles(Set<Role> roles) { this.roles = roles; }
		public Set<Long> getProjectIds() { return projectIds; }
		public void setProjectIds(Set<Long> projectIds) { this.projectIds = projectIds; }

	}

}
