package org.anju.console;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;

import org.anju.intake.Hotline;
import org.anju.intake.Hotline.Caller;
import org.anju.intake.Hotline.ComplaintForm;
import org.anju.intake.Hotline.Recorded;
import org.anju.intake.Hotline.ScreenPop;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.anju.triage.Triage;
import org.anju.triage.TriageResult;
import org.anju.triage.Urgency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 来电登记: the agent types (or the softphone passes) the caller's number, sees who is calling
 * and their complaints, and records the complaint while triage suggests topic and urgency as
 * they type. Everything goes through the intake module's {@link Hotline}, like the REST API.
 */
@Controller
@RequestMapping("/hotline")
class HotlineController {

	private final Hotline hotline;

	private final Triage triage;

	private final Taxonomy taxonomy;

	private final Organisation organisation;

	private final StaffProjects projects;

	private final HotlineErrors errors;

	private final Clock clock;

	HotlineController(Hotline hotline, Triage triage, Taxonomy taxonomy, Organisation organisation,
			StaffProjects projects, HotlineErrors errors, Clock clock) {
		this.hotline = hotline;
		this.triage = triage;
		this.taxonomy = taxonomy;
		this.organisation = organisation;
		this.projects = projects;
		this.errors = errors;
		this.clock = clock;
	}

	/** The number field; {@code ?caller=} (a softphone's link) fills it in and answers at once. */
	@GetMapping
	String start(@RequestParam(required = false) String caller, Model model) {
		model.addAttribute("projects", projects.of(desk()));
		model.addAttribute("caller", caller);
		return "console/hotline/start";
	}

	@PostMapping("/calls")
	String answer(@RequestParam(defaultValue = "") String callerNumber, @RequestParam(required = false) Long projectId,
			Model model, HttpServletResponse response) {
		Actor actor = desk();
		try {
			if (callerNumber.isBlank()) {
				throw new InvalidInputException("callerNumber", "is required");
			}
			return "redirect:/hotline/calls/" + hotline.open(callerNumber, null, projectId, actor).callId();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors.of(ex));
			model.addAttribute("projects", projects.of(actor));
			model.addAttribute("caller", callerNumber);
			model.addAttribute("projectId", projectId);
			return "console/hotline/start";
		}
	}

	/** The screen pop and the complaint form of a call. */
	@GetMapping("/calls/{id}")
	String call(@PathVariable long id, Model model) {
		ScreenPop pop = hotline.screen(id, desk());
		Long resident = pop.residents().isEmpty() ? null : pop.residents().get(0).residentId();
		return callPage(pop, new ComplaintForm(resident, null, null, null, null, null, null, null, null, null, null),
				model);
	}

	/** Records the complaint; a merge into the caller's open complaint is said so. */
	@PostMapping("/calls/{id}/complaints")
	String record(@PathVariable long id, @ModelAttribute ComplaintForm form, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		Actor actor = desk();
		ComplaintForm clean = new ComplaintForm(form.residentId(), null,
				form.residentId() == null ? blankToNull(form.complainantName()) : null,
				form.residentId() == null ? blankToNull(form.complainantPhone()) : null, null, null,
				blankToNull(form.title()), form.content(), blankToNull(form.location()), blankToNull(form.topic()),
				form.urgency());
		try {
			Recorded recorded = hotline.record(id, clean, actor);
			flash.addFlashAttribute("recorded", new RecordedView(recorded.complaintId(), recorded.number(),
					recorded.merged(), recorded.status().name(), assigneeName(recorded.assigneeId())));
			return "redirect:/hotline/calls/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors.of(ex));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("failure", errors.text("hotline.error.conflict", ex.getMessage()));
		}
		return callPage(hotline.screen(id, actor), form, model);
	}

	/** Ends the call; a callback time promises the caller a call back (noted on the complaints). */
	@PostMapping("/calls/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) String notes,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime callbackAt,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		Actor actor = desk();
		try {
			hotline.end(id, blankToNull(notes), callbackAt == null ? null : callbackAt.atZone(clock.getZone()).toInstant(),
					actor);
			flash.addFlashAttribute("ended", true);
			return "redirect:/hotline";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors.of(ex));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("failure", errors.text("hotline.error.ended"));
		}
		ScreenPop pop = hotline.screen(id, actor);
		model.addAttribute("notes", notes);
		return callPage(pop, new ComplaintForm(pop.residents().isEmpty() ? null : pop.residents().get(0).residentId(),
				null, null, null, null, null, null, null, null, null, null), model);
	}

	/** What triage makes of the text so far: the fragment that preselects topic and urgency. */
	@GetMapping("/suggest")
	String suggest(@RequestParam(required = false) String content, @RequestParam(required = false) Long projectId,
			Model model) {
		Actor actor = desk();
		if (content != null && !content.isBlank()) {
			TriageResult result = triage.classify(content, projectId != null && actor.canSee(projectId) ? projectId : null);
			model.addAttribute("suggestion", result);
			model.addAttribute("topicName", taxonomy.topic(result.topic()).map(Topic::nameZh).orElse(result.topic()));
		}
		return "console/hotline/suggestion :: suggestion";
	}

	private String callPage(ScreenPop pop, ComplaintForm form, Model model) {
		model.addAttribute("pop", pop);
		model.addAttribute("form", form);
		model.addAttribute("topics", taxonomy.topics());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("residentIds", pop.residents().stream().map(Caller::residentId).toList());
		return "console/hotline/call";
	}

	private String assigneeName(Long staffId) {
		return staffId == null ? null : organisation.staff(staffId).map(StaffRef::displayName).orElse(null);
	}

	/** The service desk takes calls: AGENT, SUPERVISOR, MANAGER (and ADMIN). */
	private static Actor desk() {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		return actor;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** What the page says about the complaint just recorded. */
	record RecordedView(long id, String number, boolean merged, String status, String assignee) {
	}

}
