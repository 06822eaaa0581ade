package org.anju.console;

import org.anju.directory.ContactChannel;
import org.anju.directory.Directory;
import org.anju.directory.DirectorySetup;
import org.anju.directory.HouseholdRef;
import org.anju.directory.Relation;
import org.anju.directory.ResidentDetails;
import org.anju.directory.ResidentRef;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The residents of a household: the list, adding one, and editing contact details and channel. */
@Controller
class AdminResidentController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final Directory directory;

	private final DirectorySetup setup;

	AdminResidentController(AdminAccess access, AdminForms forms, Directory directory, DirectorySetup setup) {
		this.access = access;
		this.forms = forms;
		this.directory = directory;
		this.setup = setup;
	}

	@GetMapping("/admin/households/{id}")
	String household(@PathVariable long id, Model model) {
		HouseholdRef household = access.household(id);
		model.addAttribute("household", household);
		model.addAttribute("project", access.project(household.projectId()));
		model.addAttribute("residents", directory.residentsOf(id));
		if (!model.containsAttribute("residentForm")) {
			model.addAttribute("residentForm", new ResidentForm());
		}
		choices(model);
		return "console/admin/household";
	}

	@PostMapping("/admin/households/{id}/residents")
	String add(@PathVariable long id, @ModelAttribute ResidentForm residentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		access.household(id);
		ResidentDetails details = residentForm.details();
		if (forms.check(details, result)) {
			try {
				setup.addResident(id, details);
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/households/" + id;
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		return household(id, model);
	}

	@GetMapping("/admin/residents/{id}")
	String edit(@PathVariable long id, Model model) {
		ResidentRef resident = access.resident(id);
		model.addAttribute("resident", resident);
		if (!model.containsAttribute("residentForm")) {
			model.addAttribute("residentForm", ResidentForm.of(resident, directory.residentVersion(id)));
		}
		choices(model);
		return "console/admin/resident";
	}

	@PostMapping("/admin/residents/{id}")
	String update(@PathVariable long id, @ModelAttribute ResidentForm residentForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ResidentRef resident = access.resident(id);
		ResidentDetails details = residentForm.details(resident);
		if (forms.check(details, result)) {
			try {
				setup.updateResident(id, details, residentForm.getVersion());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/households/" + resident.household().id();
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		return edit(id, model);
	}

	private static void choices(Model model) {
		model.addAttribute("relations", Relation.values());
		model.addAttribute("channels", ContactChannel.values());
	}

	/** What staff type for a resident; blank optional fields are absent, not empty. */
	static class ResidentForm {

		private String name;

		private Relation relation = Relation.OWNER;

		private String mobile;

		private String email;

		private ContactChannel preferredChannel = ContactChannel.PHONE;

		private boolean active = true;

		private Long version;

		static ResidentForm of(ResidentRef r, long version) {
			ResidentForm form = new ResidentForm();
			form.name = r.name();
			form.relation = r.relation();
			form.mobile = r.mobile();
			form.email = r.email();
			form.preferredChannel = r.preferredChannel();
			form.active = r.active();
			form.version = version;
			return form;
		}

		ResidentDetails details() {
			return new ResidentDetails(trim(name), relation, trim(mobile), trim(email), null, preferredChannel, active,
					null);
		}

		/** The edited details, keeping the WeChat and mini-program bindings the form does not show. */
		ResidentDetails details(ResidentRef before) {
			return new ResidentDetails(trim(name), relation, trim(mobile), trim(email), before.wechatOpenId(),
					preferredChannel, active, before.miniappOpenId());
		}

		private static String trim(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public Relation getRelation() { return relation; }
		public void setRelation(Relation relation) { this.relation = relation; }
		public String getMobile() { return mobile; }
		public void setMobile(String mobile) { this.mobile = mobile; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public ContactChannel getPreferredChannel() { return preferredChannel; }
		public void setPreferredChannel(ContactChannel preferredChannel) { this.preferredChannel = preferredChannel; }
		public boolean isActive() { return active; }
		public void setActive(boolean active) { this.active = active; }
		public Long getVersion() { return version; }
		public void setVersion(Long version) { this.version = version; }

	}

}
