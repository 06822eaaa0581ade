package org.anju.organisation;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts. An administrator manages everyone; a project manager manages the staff of their
 * own projects but cannot create administrators or reach beyond those projects.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Transactional
class StaffController {

	private final StaffRepository staff;

	private final Staffing staffing;

	StaffController(StaffRepository staff, Staffing staffing) {
		this.staff = staff;
		this.staffing = staffing;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<StaffView> list(@RequestParam(required = false) Long projectId) {
		Actor actor = CurrentActor.get();
		List<Staff> all = projectId != null ? staff.findByProject(projectId) : staff.findAll();
		return all.stream().filter(s -> visible(actor, s)).map(StaffView::of).toList();
	}

	@GetMapping("/me")
	@Transactional(readOnly = true)
	StaffView me() {
		return get(CurrentActor.get().staffId());
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	StaffView get(@PathVariable long id) {
		return StaffView.of(find(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	StaffView create(@Valid @RequestBody NewStaff request) {
		requireManagerOf(request.details());
		StaffRef created = staffing.create(request.username(), request.password(), request.details());
		return StaffView.of(staff.getReferenceById(created.id()));
	}

	@PutMapping("/{id}")
	StaffView update(@PathVariable long id, @Valid @RequestBody StaffUpdate request) {
		Staff member = find(id);
		requireManagerOf(request.details());
		requireManagerOf(StaffDetails.of(member));
		return StaffView.of(staffing.update(member, request.details(), request.version()));
	}

	@PutMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@PathVariable long id, @Valid @RequestBody PasswordChange request) {
		Staff member = find(id);
		if (CurrentActor.get().staffId() != id) {
			requireManagerOf(StaffDetails.of(member));
		}
		staffing.changePassword(member, request.password());
	}

	/** Starts or ends a shift: staff change their own duty, supervisors and managers anyone's. */
	@PutMapping("/{id}/duty")
	StaffView duty(@PathVariable long id, @Valid @RequestBody Duty request) {
		Staff member = find(id);
		Actor actor = CurrentActor.get();
		if (actor.staffId() != id) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		member.setOnDuty(request.onDuty());
		return StaffView.of(staff.saveAndFlush(member));
	}

	private Staff find(long id) {
		Actor actor = CurrentActor.get();
		return staff.findById(id).filter(s -> visible(actor, s))
			.orElseThrow(() -> new NotFoundException("Staff", id));
	}

	private static boolean visible(Actor actor, Staff s) {
		return actor.isAdmin() || actor.staffId() == s.getId()
				|| s.getProjectIds().stream().anyMatch(actor::canSee);
	}

	/** An administrator may do anything; a manager only within their projects and below ADMIN. */
	private static void requireManagerOf(StaffDetails details) {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.MANAGER);
		if (actor.isAdmin()) {
			return;
		}
		if (details.roles().contains(Role.ADMIN) || details.projectIds().isEmpty()
				|| !actor.projectIds().containsAll(details.projectIds())) {
			throw new AccessDeniedException("A manager manages only the staff of their own projects");
		}
	}

	record NewStaff(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
			@NotBlank @Size(min = 8, max = 100) String password, @NotNull @Valid StaffDetails details) {
	}

	record StaffUpdate(@NotNull @Valid StaffDetails details, Long version) {
	}

	record Duty(@NotNull Boolean onDuty) {
	}

	record PasswordChange(@NotBlank @Size(min = 8, max = 100) String password) {
	}

	record StaffView(long id, long version, String username, String displayName, String mobile, String email,
			String departmentCode, Set<Role> roles, Set<Long> projectIds, Set<Long> buildingIds, boolean active,
			boolean onDuty) {

		static StaffView of(Staff s) {
			return new StaffView(s.getId(), s.getVersion(), s.getUsername(), s.getDisplayName(), s.getMobile(),
					s.getEmail(), s.getDepartmentCode(), s.getRoles(), s.getProjectIds(), s.getBuildingIds(),
					s.isActive(), s.isOnDuty());
		}

	}

}
