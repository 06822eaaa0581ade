package org.anju.organisation;

import java.util.List;
import java.util.Optional;

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

	/** Active staff of a department in a project, those who look after the building first. */
	public List<StaffRef> staffOf(long projectId, String departmentCode, Long buildingId) {
		return staff.findByProject(projectId).stream()
			.filter(s -> s.isActive() && departmentCode.equals(s.getDepartmentCode()))
			.sorted((a, b) -> Boolean.compare(looksAfter(b, buildingId), looksAfter(a, buildingId)))
			.map(Organisation::ref)
			.toList();
	}

	public boolean hasDepartment(long projectId, String code) {
		return departments.findByProjectIdAndCode(projectId, code).isPresent();
	}

	private static boolean looksAfter(Staff s, Long buildingId) {
		return buildingId != null && s.getBuildingIds().contains(buildingId);
	}

	static StaffRef ref(Staff s) {
		return new StaffRef(s.getId(), s.getUsername(), s.getDisplayName(), s.getDepartmentCode(), s.getRoles(),
				s.getProjectIds(), s.getBuildingIds(), s.isActive());
	}

}
