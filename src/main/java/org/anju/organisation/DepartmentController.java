package org.anju.organisation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The departments of a project. They are created with the project; a manager may rename them. */
@RestController
@RequestMapping("/api/v1")
@Transactional
class DepartmentController {

	private final DepartmentRepository departments;

	DepartmentController(DepartmentRepository departments) {
		this.departments = departments;
	}

	@GetMapping("/projects/{projectId}/departments")
	@Transactional(readOnly = true)
	List<DepartmentView> list(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		return departments.findByProjectIdOrderById(projectId).stream().map(DepartmentView::of).toList();
	}

	@PutMapping("/departments/{id}")
	DepartmentView rename(@PathVariable long id, @Valid @RequestBody Rename request) {
		Actor actor = CurrentActor.get();
		Department department = departments.findById(id).filter(d -> actor.canSee(d.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Department", id));
		actor.requireAnyRole(Role.MANAGER);
		department.checkVersion(request.version());
		department.rename(request.name());
		return DepartmentView.of(departments.saveAndFlush(department));
	}

	record Rename(@NotBlank @Size(max = 100) String name, Long version) {
	}

	record DepartmentView(long id, long version, long projectId, String code, String name) {

		static DepartmentView of(Department d) {
			return new DepartmentView(d.getId(), d.getVersion(), d.getProjectId(), d.getCode(), d.getName());
		}

	}

}
