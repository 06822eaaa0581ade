package org.anju.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.console.ReportAccess.Choice;
import org.anju.directory.ProjectRef;
import org.anju.organisation.Organisation;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.report.ActionRequest;
import org.anju.report.ActionStatus;
import org.anju.report.ActionView;
import org.anju.report.Actions;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
 * 改进措施: the register of improvement actions decided in the monthly review. Supervisors,
 * managers and administrators read it (filtered by project and status); the project's manager or
 * an administrator records and edits actions — owner, due date, status, whether the public board
 * shows it, and the topics and complaints that prompted it. An edit carries the version it
 * started from, so a stale one is refused (409) instead of overwriting.
 */
@Controller
class ReportActionsPage {

	private final Actions actions;

	private final ReportAccess access;

	private final StaffProjects projects;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final Complaints complaints;

	ReportActionsPage(Actions actions, ReportAccess access, StaffProjects projects, Organisation organisation,
			Taxonomy taxonomy, Complaints complaints) {
		this.actions = actions;
		this.access = access;
		this.projects = projects;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.complaints = complaints;
	}

	@GetMapping("/reports/actions")
	String list(@RequestParam(required = false) String projectId, @RequestParam(required = false) String status,
			Model model) {
		Actor actor = access.actor();
		Choice choice = access.choose(projectId, actor);
		List<Long> ids = choice.projectId() != null ? List.of(choice.projectId())
				: choice.projects().stream().map(ProjectRef::id).toList();
		ActionStatus wanted = status(status);
		Map<Long, String> names = choice.projects().stream().collect(Collectors.toMap(ProjectRef::id, ProjectRef::name));
		List<Row> rows = actions.of(ids).stream()
			.filter(a -> wanted == null || a.status() == wanted)
			.map(a -> new Row(a, names.getOrDefault(a.projectId(), ""), topicNames(a.topics()), refs(a, actor),
					actor.hasAnyRole(Role.MANAGER) && actor.canSee(a.projectId())))
			.toList();
		model.addAttribute("choice", choice);
		model.addAttribute("status", wanted == null ? "" : wanted.name());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("rows", rows);
		model.addAttribute("canCreate", actor.hasAnyRole(Role.MANAGER) && !choice.projects().isEmpty());
		return "console/report/actions";
	}

	@GetMapping("/reports/actions/new")
	String create(@RequestParam(required = false) Long projectId, Model model) {
		Actor actor = manager();
		ReportActionForm form = new ReportActionForm();
		form.setProjectId(project(projectId, actor));
		model.addAttribute("actionForm", form);
		return form(form, null, model, actor);
	}

	@PostMapping("/reports/actions")
	String save(@ModelAttribute("actionForm") ReportActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = manager();
		form.setProjectId(project(form.getProjectId(), actor));
		ActionRequest request = request(form, result, actor);
		if (request != null) {
			try {
				ActionView saved = actions.create(request, actor);
				redirect.addFlashAttribute("saved", saved.title());
				return "redirect:/reports/actions?projectId=" + saved.projectId();
			}
			catch (InvalidInputException ex) {
				reject(ex, result);
			}
		}
		return form(form, null, model, actor);
	}

	@GetMapping("/reports/actions/{id}")
	String edit(@PathVariable long id, Model model) {
		Actor actor = manager();
		ActionView action = actions.get(id, actor);
		ReportActionForm form = ReportActionForm.of(action, refs(action, actor).stream().map(Ref::number)
			.collect(Collectors.joining(", ")));
		model.addAttribute("actionForm", form);
		return form(form, id, model, actor);
	}

	@PostMapping("/reports/actions/{id}")
	String update(@PathVariable long id, @ModelAttribute("actionForm") ReportActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = manager();
		ActionView current = actions.get(id, actor);
		form.setProjectId(current.projectId());
		ActionRequest request = request(form, result, actor);
		if (request != null) {
			try {
				ActionView saved = actions.update(id, request, actor);
				redirect.addFlashAttribute("saved", saved.title());
				return "redirect:/reports/actions?projectId=" + saved.projectId();
			}
			catch (InvalidInputException ex) {
				reject(ex, result);
			}
			catch (ConflictException | OptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
			}
		}
		return form(form, id, model, actor);
	}

	private String form(ReportActionForm form, Long id, Model model, Actor actor) {
		model.addAttribute("actionId", id);
		model.addAttribute("projects", projects.of(actor));
		model.addAttribute("projectName", projects.of(actor).stream().filter(p -> p.id() == form.getProjectId())
			.map(ProjectRef::name).findFirst().orElse(""));
		model.addAttribute("staff", organisation.activeStaff(form.getProjectId()));
		model.addAttribute("topics", taxonomy.topics());
		model.addAttribute("statuses", ActionStatus.values());
		return "console/report/action";
	}

	/** Managers and administrators only; supervisors read the register but do not keep it. */
	private Actor manager() {
		Actor actor = access.actor();
		actor.requireAnyRole(Role.MANAGER);
		return actor;
	}

	/** The project given (404 unless the user sees it), or the user's first. */
	private long project(Long projectId, Actor actor) {
		if (projectId != null) {
			return projects.ids(projectId, actor).iterator().next();
		}
		return projects.of(actor).stream().findFirst().map(ProjectRef::id)
			.orElseThrow(() -> new NotFoundException("Project", "none"));
	}

	/** The form as a request, looking the complaints up; null when something is wrong. */
	private ActionRequest request(ReportActionForm form, BindingResult result, Actor actor) {
		List<Long> ids = new ArrayList<>();
		for (String token : form.complaintTokens()) {
			Optional<Complaint> found = token.chars().allMatch(Character::isDigit)
					? find(Long.parseLong(token), actor) : complaints.byNumber(token, actor);
			if (found.isEmpty() || found.get().getProjectId() != form.getProjectId()) {
				result.rejectValue("complaints", "reportpages.error.complaint", new Object[] { token }, null);
				break;
			}
			ids.add(found.get().getId());
		}
		return form.toRequest(ids, result);
	}

	private Optional<Complaint> find(long id, Actor actor) {
		try {
			return Optional.of(complaints.get(id, actor));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** The register's refusals next to their fields, in the user's language. */
	private static void reject(InvalidInputException ex, BindingResult result) {
		for (Object error : ex.errors()) {
			if (error instanceof FieldError f) {
				switch (f.field()) {
					case "ownerStaffId" -> result.rejectValue("ownerStaffId", "reportpages.error.ownerStaffId");
					case "topics" -> result.rejectValue("topics", "reportpages.error.topics");
					case "complaintIds" -> result.rejectValue("complaints", "reportpages.error.complaintIds");
					case "title" -> result.rejectValue("title", "reportpages.error.required");
					default -> result.reject("reportpages.error.invalid", new Object[] { f.message() }, f.message());
				}
			}
		}
		if (!result.hasErrors()) {
			result.reject("reportpages.error.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
		}
	}

	private static ActionStatus status(String status) {
		try {
			return status == null || status.isBlank() ? null : ActionStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private List<String> topicNames(List<String> codes) {
		return codes.stream().map(c -> taxonomy.topic(c).map(Topic::nameZh).orElse(c)).toList();
	}

	/** The complaints behind an action that the user may open, by number. */
	private List<Ref> refs(ActionView action, Actor actor) {
		Function<Long, Optional<Ref>> ref = id -> find(id, actor).map(c -> new Ref(c.getId(), c.getNumber()));
		return action.complaintIds().stream().map(ref).flatMap(Optional::stream).toList();
	}

	/** A line of the register. */
	record Row(ActionView action, String project, List<String> topics, List<Ref> complaints, boolean editable) {
	}

	/** A complaint behind an action. */
	record Ref(long id, String number) {
	}

}
