package org.anju.console;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.notification.NotificationTemplates;
import org.anju.notification.NotificationTemplates.TemplateRef;
import org.anju.platform.security.Actor;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification templates: managers read them, the administrator edits subject and body, which
 * saves a new version. A placeholder that is not a known variable is refused next to its field.
 */
@Controller
class AdminTemplateController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final NotificationTemplates templates;

	AdminTemplateController(AdminAccess access, AdminForms forms, NotificationTemplates templates) {
		this.access = access;
		this.forms = forms;
		this.templates = templates;
	}

	@GetMapping("/admin/templates")
	String list(Model model) {
		access.actor();
		model.addAttribute("templates", templates.latest());
		return "console/admin/templates";
	}

	@GetMapping("/admin/templates/{code}")
	String edit(@PathVariable String code, Model model) {
		access.actor();
		List<TemplateRef> versions = templates.versions(code);
		model.addAttribute("code", code);
		model.addAttribute("versions", versions);
		model.addAttribute("variables", NotificationTemplates.variables());
		if (!model.containsAttribute("templateForm")) {
			TemplateForm form = new TemplateForm();
			form.setSubject(versions.get(0).subject());
			form.setBody(versions.get(0).body());
			model.addAttribute("templateForm", form);
		}
		return "console/admin/template";
	}

	@PostMapping("/admin/templates/{code}")
	String change(@PathVariable String code, @ModelAttribute TemplateForm templateForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Actor actor = access.admin();
		templates.versions(code);
		forms.check(templateForm, result);
		unknown("subject", templateForm.getSubject(), result);
		unknown("body", templateForm.getBody(), result);
		if (!result.hasErrors()) {
			try {
				templates.change(code, templateForm.getSubject(), templateForm.getBody(), actor.username());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/templates/" + code;
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		return edit(code, model);
	}

	/** Names the unknown placeholders of one field, and the ones that may be used. */
	private static void unknown(String field, String text, BindingResult result) {
		if (text == null || result.hasFieldErrors(field)) {
			return;
		}
		List<String> unknown = new ArrayList<>(NotificationTemplates.unknownVariables(text));
		if (!unknown.isEmpty()) {
			result.rejectValue(field, "admin.templates.unknownVariables", new Object[] {
					String.join("、", unknown.stream().map(v -> "{" + v + "}").toList()),
					String.join("、", NotificationTemplates.variables()) }, "unknown variables " + unknown);
		}
	}

	/** Subject and body, with the limits of {@code PUT /api/v1/notification/templates}. */
	static class TemplateForm {

		@NotBlank
		@Size(max = 200)
		private String subject;

		@NotBlank
		@Size(max = 2000)
		private String body;

		public String getSubject() { return subject; }
		public void setSubject(String subject) { this.subject = subject; }
		public String getBody() { return body; }
		public void setBody(String body) { this.body = body; }

	}

}
