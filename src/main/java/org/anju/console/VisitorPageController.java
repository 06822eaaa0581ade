package org.anju.console;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.visitor.HostDecision;
import org.anju.visitor.IdType;
import org.anju.visitor.NewVisit;
import org.anju.visitor.VisitView;
import org.anju.visitor.Visits;
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
 * 访客登记: the check-in form, who is inside (overdue visitors highlighted) and their check-out.
 * The ID number typed in is checked and masked by the visitor module and never shown back.
 */
@Controller
@RequestMapping("/visitors")
class VisitorPageController {

	private final Visits visits;

	private final Directory directory;

	private final StaffProjects projects;

	private final ShiftMessages messages;

	private final Clock clock;

	VisitorPageController(Visits visits, Directory directory, StaffProjects projects, ShiftMessages messages,
			Clock clock) {
		this.visits = visits;
		this.directory = directory;
		this.projects = projects;
		this.messages = messages;
		this.clock = clock;
	}

	/** The check-in form as posted; the ID number is not kept in the model. */
	record VisitForm(Long projectId, String visitorName, IdType idType, String idNumber, Long householdId,
			HostDecision hostDecision, String hostConfirmedBy, String purpose, String plate, String badge) {
	}

	@GetMapping
	String register(@RequestParam(required = false) Long projectId, Model model) {
		Actor me = CurrentActor.get();
		return page(project(projectId, me), me, null, model);
	}

	@PostMapping
	String checkIn(@ModelAttribute VisitForm form, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		Actor me = CurrentActor.get();
		long projectId = project(form.projectId(), me);
		try {
			VisitView visit = visits.checkIn(new NewVisit(projectId, form.visitorName(), form.idType(), form.idNumber(),
					form.householdId(), form.hostDecision(), form.hostConfirmedBy(), form.purpose(), form.plate(),
					form.badge(), null), me);
			flash.addFlashAttribute(visit.status().equals("INSIDE") ? "done" : "failure",
					messages.text("post.visitor.checkedIn." + visit.status(), visit.visitorName()));
			return "redirect:/visitors?projectId=" + projectId;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", messages.of(ex, "post.visitor.error."));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errors", java.util.Map.of("badge", messages.text("post.visitor.error.badgeInUse")));
		}
		return page(projectId, me, form, model);
	}

	@PostMapping("/{id}/checkout")
	String checkOut(@PathVariable long id, RedirectAttributes flash) {
		Actor me = CurrentActor.get();
		VisitView visit = visits.get(id, me);
		try {
			visits.checkOut(id, me);
			flash.addFlashAttribute("done", messages.text("post.visitor.left", visit.visitorName()));
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("failure", messages.text("post.visitor.notInside", visit.visitorName()));
		}
		return "redirect:/visitors?projectId=" + visit.projectId();
	}

	private String page(long projectId, Actor me, VisitForm form, Model model) {
		List<ProjectRef> mine = projects.of(me);
		model.addAttribute("projects", mine);
		model.addAttribute("projectId", projectId);
		model.addAttribute("households", directory.householdsOf(projectId));
		model.addAttribute("inside", visits.inside(projectId, me));
		model.addAttribute("form", form == null ? new VisitForm(projectId, null, IdType.RESIDENT_ID, null, null,
				HostDecision.CONFIRMED, null, null, null, null) : form);
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("zone", clock.getZone());
		return "console/visitor/register";
	}

	/** The project asked for (404 unless the user works on it), or the user's first. */
	private long project(Long projectId, Actor me) {
		if (projectId != null) {
			if (!me.canSee(projectId)) {
				throw new NotFoundException("Project", projectId);
			}
			return projectId;
		}
		return projects.of(me).stream().findFirst().map(ProjectRef::id)
			.orElseThrow(() -> new NotFoundException("Project", "any"));
	}

}
