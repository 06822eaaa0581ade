package org.anju.console;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
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
 * Staff accounts: the list, a new account with roles, projects and department, editing one,
 * resetting a password, activation and duty. The rules are those of {@code /api/v1/staff}: an administrator manages everyone; a manager
 * only the staff of their own projects, and never gives the ADMIN role.
 */
@Controller
class AdminStaffController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final Organisation organisation;

	private final Staffing staffing;

	private final Directory directory;

	AdminStaffController(AdminAccess access, AdminForms forms, Organisation organisation, Staffing staffing,
			Directory directory) {
		this.access = access;
		this.forms = forms;
		this.organisation = organisation;
		this.staffing = staffing;
		this.directory = directory;
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
		choices(model);
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

	@GetMapping("/admin/staff/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffRef member = find(id);
		requireManagerOf(member.roles(), member.projectIds());
		model.addAttribute("member", member);
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", StaffEditForm.of(member, organisation.staffVersion(id)));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		choices(model);
		return "console/admin/staff-edit";
	}

	/**
	 * Changes an account as {@code PUT /staff/{id}} does: a manager only edits staff of their own
	 * projects, gives only their projects and never ADMIN. Buildings the form does not show are kept
	 * while their project is.
	 */
	@PostMapping("/admin/staff/{id}")
	String update(@PathVariable long id, @ModelAttribute("staffForm") StaffEditForm staffForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		StaffRef member = find(id);
		requireManagerOf(member.roles(), member.projectIds());
		Set<Long> projectIds = staffForm.getProjectIds() == null ? Set.of() : staffForm.getProjectIds();
		Set<Long> buildingIds = member.buildingIds().stream()
			.filter(b -> directory.building(b).map(BuildingRef::projectId).filter(projectIds::contains).isPresent())
			.collect(Collectors.toSet());
		StaffDetails details = staffForm.details(buildingIds, member.active());
		if (details.projectIds().isEmpty() && !access.actor().isAdmin()) {
			result.rejectValue("projectIds", "admin.error.NotEmpty");
		}
		else {
			requireManagerOf(details.roles(), details.projectIds());
		}
		if (forms.check(details, result)) {
			try {
				staffing.update(id, details, staffForm.getVersion());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/staff" + details.projectIds().stream().findFirst().map(p -> "?projectId=" + p)
					.orElse("");
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		return edit(id, model);
	}

	/** Sets a new password for someone, as {@code PUT /staff/{id}/password} does (their own is /account/password). */
	@PostMapping("/admin/staff/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute PasswordForm passwordForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		StaffRef member = find(id);
		requireManagerOf(member.roles(), member.projectIds());
		if (forms.check(passwordForm, result) && passwordForm.confirmed(result)) {
			staffing.changePassword(id, passwordForm.getPassword());
			redirect.addFlashAttribute("notice", "admin.staff.passwordReset");
			return "redirect:/admin/staff/" + id;
		}
		return edit(id, model);
	}

	private void choices(Model model) {
		model.addAttribute("projects", access.projects());
		model.addAttribute("roles", access.actor().isAdmin() ? EnumSet.allOf(Role.class)
				: EnumSet.complementOf(EnumSet.of(Role.ADMIN)));
		model.addAttribute("departments", Taxonomy.DEPARTMENTS.stream().sorted().toList());
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

	/** What an administrator or manager sets for a staff member; blank optional fields are absent, not empty. */
	static class DetailsForm {

		private String displayName;

		private String mobile;

		private String email;

		private String departmentCode;

		private Set<Role> roles = new LinkedHashSet<>();

		private Set<Long> projectIds = new LinkedHashSet<>();

		void fill(StaffRef member) {
			displayName = member.displayName();
			mobile = member.mobile();
			email = member.email();
			departmentCode = member.departmentCode();
			roles = new LinkedHashSet<>(member.roles());
			projectIds = new LinkedHashSet<>(member.projectIds());
		}

		StaffDetails details(Set<Long> buildingIds, boolean active) {
			return new StaffDetails(trim(displayName), trim(mobile), trim(email), trim(departmentCode),
					roles == null ? Set.of() : roles, projectIds == null ? Set.of() : projectIds, buildingIds, active);
		}

		private static String trim(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

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

	/** A new account; username and password follow {@code POST /api/v1/staff}. */
	static class StaffForm extends DetailsForm {

		@NotBlank
		@Size(max = 60)
		@Pattern(regexp = "[A-Za-z0-9._-]+")
		private String username;

		@NotBlank
		@Size(min = 8, max = 100)
		private String password;

		StaffDetails details() {
			return details(Set.of(), true);
		}

		public String getUsername() { return username; }
		public void setUsername(String username) { this.username = username; }
		public String getPassword() { return password; }
		public void setPassword(String password) { this.password = password; }

	}

	/** An existing account's details, with the version the edit started from ({@code PUT /api/v1/staff/{id}}). */
	static class StaffEditForm extends DetailsForm {

		private Long version;

		static StaffEditForm of(StaffRef member, long version) {
			StaffEditForm form = new StaffEditForm();
			form.fill(member);
			form.version = version;
			return form;
		}

		public Long getVersion() { return version; }
		public void setVersion(Long version) { this.version = version; }

	}

}
