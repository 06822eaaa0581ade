package org.anju.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.directory.ProjectRef;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The taxonomy (topics with their category, default department and urgency) and, for a project,
 * where each topic is routed; the project's manager moves a topic to another department or back
 * to its default.
 */
@Controller
class AdminTaxonomyController {

	private final AdminAccess access;

	private final Taxonomy taxonomy;

	AdminTaxonomyController(AdminAccess access, Taxonomy taxonomy) {
		this.access = access;
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

}
