package org.anju.console;

import jakarta.validation.constraints.NotBlank;

import org.anju.organisation.Staffing;
import org.anju.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every staff member's own account page: changing their password. The current password is asked
 * for, so that a session left open on a shared desk cannot take the account over.
 */
@Controller
class AccountController {

	private final AdminForms forms;

	private final Staffing staffing;

	AccountController(AdminForms forms, Staffing staffing) {
		this.forms = forms;
		this.staffing = staffing;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new OwnPasswordForm());
		}
		return "console/account/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("passwordForm") OwnPasswordForm passwordForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (forms.check(passwordForm, result) && passwordForm.confirmed(result)) {
			if (staffing.changeOwnPassword(CurrentActor.get().staffId(), passwordForm.getCurrentPassword(),
					passwordForm.getPassword())) {
				redirect.addFlashAttribute("notice", "admin.account.changed");
				return "redirect:/account/password";
			}
			result.rejectValue("currentPassword", "admin.error.currentPassword");
		}
		return form(model);
	}

	/** The new password twice, and the one it replaces. */
	static class OwnPasswordForm extends PasswordForm {

		@NotBlank
		private String currentPassword;

		public String getCurrentPassword() { return currentPassword; }
		public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

	}

}
