package org.anju.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups other modules use: staff by id, who works where, and the departments of a project. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final StaffRepository staff;

	private final DepartmentRepository departments;

	Organisation(StaffRepository staff, DepartmentRepository departments) {
		this.staff = staff;
		this.departments = departments;
	}

	public Optional<StaffRef> staff(long id) {
		return staff.findById(id).map(Organisation::ref);
	}

	/** The account as it acts now, if it is still active: for work queued on its behalf. */
	public Optional<Actor> activeActor(long id) {
		return staff.findById(id).filter(Staff::isActive).map(Staff::actor);
	}

	/** A staff member's record version, for stale-edit detection in forms. */
	public long staffVersion(long id) {
		return staff.findById(id).map(Staff::getVersion).orElseThrow(() -> new NotFoundException("Staff", id));
	}

	/** The project's active staff, by department and name: whom a complaint can be given to. */
	public List<StaffRef> activeStaff(long projectId) {
		return staff.findByProject(projectId).stream()
			.filter(Staff::isActive)
			.sorted(Comparator.comparing((Staff s) -> String.valueOf(s.getDepartmentCode()))
				.thenComparing(Staff::getDisplayName))
			.map(Organisation::ref)
			.toList();
	}

	/** The agents and staff of a department in a project who are active and on duty. */
	public List<StaffRef> onDuty(long projectId, String departmentCode) {
		return staff.findByProject(projectId).stream()
			.filter(s -> s.isActive() && s.isOnDuty() && departmentCode.equals(s.getDepartmentCode()))
			.filter(s -> s.getRoles().contains(Role.AGENT) || s.getRoles().contains(Role.STAFF))
			.map(Organisation::ref)
			.toList();
	}

	/** What the project calls a department (managers may rename them), e.g. 工程部 for ENGINEERING. */
	public String departmentName(long projectId, String code) {
		return departments.findByProjectIdAndCode(projectId, code).map(Department::getName).orElse(code);
	}

	/** The project's active supervisors, those of the department first. */
	public List<StaffRef> supervisors(long projectId, String departmentCode) {
		return staff.findByProject(projectId).stream()
			.filter(s -> s.isActive() && s.getRoles().contains(Role.SUPERVISOR))
			.sorted((a, b) -> Boolean.compare(departmentCode.equals(b.getDepartmentCode()),
					departmentCode.equals(a.getDepartmentCode())))
			.map(Organisation::ref)
			.toList();
	}

	/** The staff of a project (all of them, active or not), or everyone when {@code projectId} is null. */
	public List<StaffRef> staffOf(Long projectId) {
		List<Staff> found = projectId == null ? staff.findAll() : staff.findByProject(projectId);
		return found.stream().map(Organisation::ref).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
	}

	/** The departments of a project, as the console lists them. */
	public List<DepartmentRef> departmentsOf(long projectId) {
		return departments.findByProjectIdOrderById(projectId).stream().map(DepartmentRef::of).toList();
	}

	/** The project's active managers (项目经理). */
	public List<StaffRef> managers(long projectId) {
		return staff.findByProject(projectId).stream()
			.filter(s -> s.isActive() && s.getRoles().contains(Role.MANAGER))
			.map(Organisation::ref)
			.toList();
	}


	static StaffRef ref(Staff s) {
		return new StaffRef(s.getId(), s.getUsername(), s.getDisplayName(), s.getDepartmentCode(), s.getRoles(),
				s.getProjectIds(), s.getBuildingIds(), s.isActive(), s.isOnDuty(), s.getMobile(), s.getEmail());
	}

}
