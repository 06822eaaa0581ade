package org.anju.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.anju.directory.ProjectRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.sla.ClockKind;
import org.anju.sla.SlaSettings;
import org.anju.sla.TargetUnit;
import org.anju.triage.Taxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deadline policies (company-wide: the administrator's; a project's: its manager's) and the
 * holiday calendar (everyone with these pages sees it; the administrator uploads a calendar file).
 */
@Controller
class AdminSlaController {

	private final AdminAccess access;

	private final SlaSettings settings;

	private final Taxonomy taxonomy;

	private final Clock clock;

	AdminSlaController(AdminAccess access, SlaSettings settings, Taxonomy taxonomy, Clock clock) {
		this.access = access;
		this.settings = settings;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	@GetMapping("/admin/sla")
	String policies(@RequestParam(required = false) Long projectId, Model model) {
		access.actor();
		ProjectRef project = projectId == null ? null : access.project(projectId);
		model.addAttribute("project", project);
		model.addAttribute("projects", access.projects());
		model.addAttribute("policies", settings.policies(projectId));
		model.addAttribute("clocks", ClockKind.values());
		model.addAttribute("units", TargetUnit.values());
		model.addAttribute("topics", taxonomy.topics());
		return "console/admin/sla";
	}

	@PostMapping("/admin/sla/policies")
	String setPolicy(@RequestParam(required = false) Long projectId, @RequestParam String scope,
			@RequestParam ClockKind clock, @RequestParam(required = false) Integer amount, @RequestParam TargetUnit unit,
			RedirectAttributes redirect) {
		Actor actor = access.actor();
		if (projectId == null) {
			actor.requireAnyRole(Role.ADMIN);
		}
		else {
			access.project(projectId);
		}
		String back = "redirect:/admin/sla" + (projectId == null ? "" : "?projectId=" + projectId);
		try {
			settings.setPolicy(projectId, scope, clock, amount == null ? 0 : amount, unit);
			redirect.addFlashAttribute("notice", "admin.notice.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "scope".equals(field(ex)) ? "admin.sla.badScope" : "admin.sla.badAmount");
		}
		return back;
	}

	@GetMapping("/admin/calendar")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		access.actor();
		int shown = year != null ? year : LocalDate.now(clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", settings.calendar(shown));
		return "console/admin/calendar";
	}

	@PostMapping("/admin/calendar")
	String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		access.admin();
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "admin.import.file.empty");
			return "redirect:/admin/calendar";
		}
		try {
			int days = settings.importCalendar(new String(file.getBytes(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("notice", "admin.calendar.imported");
			redirect.addFlashAttribute("importedDays", days);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "admin.calendar.bad");
			redirect.addFlashAttribute("problemDetail", ex.getMessage());
		}
		return "redirect:/admin/calendar";
	}

	private static String field(InvalidInputException ex) {
		return ex.errors().stream().filter(FieldError.class::isInstance).map(e -> ((FieldError) e).field())
			.findFirst().orElse("");
	}

}
