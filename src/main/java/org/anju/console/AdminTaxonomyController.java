package org.anju.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.directory.ProjectRef;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Category;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.anju.triage.Urgency;
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
 * The taxonomy (topics with their category, default department and urgency) and, for a project,
 * where each topic is routed; the project's manager moves a topic to another department or back
 * to its default. As in {@code /api/v1/triage/topics}, only the administrator adds a topic or
 * edits one; a code never changes once given, since the shipped codes are a contract.
 */
@Controller
class AdminTaxonomyController {

	private final AdminAccess access;

	private final AdminForms forms;

	private final Taxonomy taxonomy;

	AdminTaxonomyController(AdminAccess access, AdminForms forms, Taxonomy taxonomy) {
		this.access = access;
		this.forms = forms;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/admin/topics")
	String topics(@RequestParam(required = false) Long projectId, Model model) {
		access.actor();
		model.addAttribute("topics", taxonomy.topics());
		model.addAttribute("projects", access.projects());
		model.addAttribute("departments", Taxonomy.DEPARTMENTS.stream().sorted().toList());
		if (projectId != null) {
			ProjectRef project = access.project(projectId);
			Map<String, String> routes = new LinkedHashMap<>();
			for (Topic topic : taxonomy.topics()) {
				routes.put(topic.code(), taxonomy.departmentFor(project.id(), topic.code()));
			}
			model.addAttribute("project", project);
			model.addAttribute("routes", routes);
		}
		return "console/admin/topics";
	}

	@PostMapping("/admin/projects/{projectId}/routes")
	String route(@PathVariable long projectId, @RequestParam String topic, @RequestParam String department,
			RedirectAttributes redirect) {
		access.project(projectId);
		access.actor().requireAnyRole(Role.MANAGER);
		String fallback = taxonomy.topic(topic).map(Topic::department).orElse(null);
		try {
			if (department.equals(fallback)) {
				taxonomy.unroute(projectId, topic);
			}
			else {
				taxonomy.reroute(projectId, topic, department);
			}
			redirect.addFlashAttribute("notice", "admin.notice.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "admin.topics.badDepartment");
		}
		return "redirect:/admin/topics?projectId=" + projectId;
	}

	@GetMapping("/admin/topics/new")
	String newTopic(Model model) {
		access.admin();
		model.addAttribute("topicForm", new AdminTopicForm());
		return form(model, true);
	}

	@PostMapping("/admin/topics")
	String define(@ModelAttribute("topicForm") AdminTopicForm topicForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		access.admin();
		forms.check(topicForm, result);
		Topic topic = topicForm.toTopic(result);
		if (topic != null) {
			try {
				taxonomy.define(topic);
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/topics";
			}
			catch (ConflictException ex) {
				result.rejectValue("code", "admin.topics.codeTaken");
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		return form(model, true);
	}

	@GetMapping("/admin/topics/{code}")
	String editTopic(@PathVariable String code, Model model) {
		access.admin();
		Topic topic = taxonomy.topic(code).orElseThrow(() -> new NotFoundException("Topic", code));
		model.addAttribute("topicForm", AdminTopicForm.of(topic, taxonomy.version(code)));
		return form(model, false);
	}

	/** Saves an edit; a topic changed by someone else since the form was opened is a conflict (409). */
	@PostMapping("/admin/topics/{code}")
	String redefine(@PathVariable String code, @ModelAttribute("topicForm") AdminTopicForm topicForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.admin();
		taxonomy.topic(code).orElseThrow(() -> new NotFoundException("Topic", code));
		topicForm.setCode(code);
		forms.check(topicForm, result);
		Topic topic = topicForm.toTopic(result);
		if (topic != null) {
			try {
				taxonomy.redefine(topic, topicForm.getVersion());
				redirect.addFlashAttribute("notice", "admin.notice.saved");
				return "redirect:/admin/topics";
			}
			catch (InvalidInputException ex) {
				forms.reject(ex, result);
			}
		}
		return form(model, false);
	}

	private String form(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("categories", Category.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("departments", Taxonomy.DEPARTMENTS.stream().sorted().toList());
		return "console/admin/topic";
	}

}
