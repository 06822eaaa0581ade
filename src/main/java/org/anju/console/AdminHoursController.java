package org.anju.console;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.anju.directory.ProjectRef;
import org.anju.platform.security.Role;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.sla.SlaSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's service-centre hours, from which working time (and so every working-hours deadline)
 * is counted. The rules are those of {@code /api/v1/projects/{id}/business-hours}: the project's
 * manager (or the administrator) changes them; the hours close after they open.
 */
@Controller
class AdminHoursController {

	/** The zones suggested; any other valid zone id typed in is accepted too. */
	static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau",
			"Asia/Taipei");

	private final AdminAccess access;

	private final SlaSettings settings;

	AdminHoursController(AdminAccess access, SlaSettings settings) {
		this.access = access;
		this.settings = settings;
	}

	@GetMapping("/admin/projects/{projectId}/hours")
	String hours(@PathVariable long projectId, Model model) {
		ProjectRef project = access.project(projectId);
		model.addAttribute("hoursForm", HoursForm.of(settings.hours(projectId)));
		return page(project, model);
	}

	@PostMapping("/admin/projects/{projectId}/hours")
	String save(@PathVariable long projectId, @ModelAttribute("hoursForm") HoursForm hoursForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectRef project = access.project(projectId);
		access.actor().requireAnyRole(Role.MANAGER);
		LocalTime opens = time(hoursForm.getOpens(), "opens", result);
		LocalTime closes = time(hoursForm.getCloses(), "closes", result);
		if (!result.hasErrors()) {
			try {
				settings.setHours(projectId, opens, closes, hoursForm.getZone());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/projects/" + projectId + "/hours";
			}
			catch (InvalidInputException ex) {
				reject(ex, result);
			}
		}
		return page(project, model);
	}

	private String page(ProjectRef project, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("zones", ZONES);
		return "console/admin/hours";
	}

	private static LocalTime time(String value, String field, BindingResult result) {
		if (value == null || value.isBlank()) {
			result.rejectValue(field, "admin.error.NotBlank");
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "admin.hours.badTime");
			return null;
		}
	}

	/** The domain names the field: "closes" (not after the opening) or "zone" (unknown). */
	private static void reject(InvalidInputException ex, BindingResult result) {
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				switch (f.field()) {
					case "closes" -> result.rejectValue("closes", "admin.hours.closesBeforeOpens");
					case "zone" -> result.rejectValue("zone", "admin.hours.badZone");
					default -> result.reject("admin.error.invalid", new Object[] { f.message() }, f.message());
				}
			}
		}
		if (!result.hasErrors()) {
			result.reject("admin.error.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
		}
	}

	/** The form's text, as {@code <input type="time">} sends it ("08:30"). */
	static class HoursForm {

		private String opens;

		private String closes;

		private String zone;

		static HoursForm of(SlaSettings.Hours hours) {
			HoursForm form = new HoursForm();
			form.opens = hours.opens().toString();
			form.closes = hours.closes().toString();
			form.zone = hours.zone();
			return form;
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		public String getZone() {
			return zone;
		}

		public void setZone(String zone) {
			this.zone = zone;
		}

	}

}
