package org.anju.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projects (小区). An administrator creates them; the project's manager may update them. */
@RestController
@RequestMapping("/api/v1/projects")
@Transactional
class ProjectController {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final DirectorySetup setup;

	ProjectController(ProjectRepository projects, ProjectAccess access, DirectorySetup setup) {
		this.projects = projects;
		this.access = access;
		this.setup = setup;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<ProjectView> list() {
		Actor actor = CurrentActor.get();
		return projects.findAllByOrderByName().stream().filter(p -> actor.canSee(p.getId())).map(ProjectView::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ProjectView get(@PathVariable long id) {
		return ProjectView.of(access.project(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProjectView create(@Valid @RequestBody NewProject request) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		ProjectRef project = setup.createProject(request.companyId(), request.code(), request.name(),
				request.address());
		return ProjectView.of(projects.getReferenceById(project.id()));
	}

	@PutMapping("/{id}")
	ProjectView update(@PathVariable long id, @Valid @RequestBody ProjectUpdate request) {
		Project project = access.project(id);
		access.requireStructureEditor();
		project.checkVersion(request.version());
		project.update(request.name(), request.address());
		return ProjectView.of(projects.saveAndFlush(project));
	}

	record NewProject(@NotNull Long companyId, @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 400) String address) {
	}

	record ProjectUpdate(@NotBlank @Size(max = 200) String name, @Size(max = 400) String address, Long version) {
	}

	record ProjectView(long id, long version, long companyId, String code, String name, String address) {

		static ProjectView of(Project p) {
			return new ProjectView(p.getId(), p.getVersion(), p.getCompany().getId(), p.getCode(), p.getName(),
					p.getAddress());
		}

	}

}
