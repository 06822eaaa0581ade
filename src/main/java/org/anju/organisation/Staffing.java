package org.anju.organisation;

import java.util.ArrayList;
import java.util.List;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing staff accounts, with the checks that keep them consistent: projects and
 * buildings exist and belong together, the department is one of the taxonomy's. Callers check who
 * may do this.
 */
@Service
@Transactional
public class Staffing {

	private final StaffRepository staff;

	private final DepartmentRepository departments;

	private final Directory directory;

	private final PasswordEncoder encoder;

	Staffing(StaffRepository staff, DepartmentRepository departments, Directory directory, PasswordEncoder encoder) {
		this.staff = staff;
		this.departments = departments;
		this.directory = directory;
		this.encoder = encoder;
	}

	public StaffRef create(String username, String password, StaffDetails details) {
		if (staff.existsByUsername(username)) {
			throw new ConflictException("Username " + username + " is taken");
		}
		Staff member = new Staff(username, encoder.encode(password));
		apply(member, details);
		return Organisation.ref(staff.saveAndFlush(member));
	}

	Staff update(Staff member, StaffDetails details, Long expectedVersion) {
		member.checkVersion(expectedVersion);
		apply(member, details);
		return staff.saveAndFlush(member);
	}

	/** Changes a staff member's details, as {@code PUT /staff/{id}} does; a stale version is a conflict. */
	public StaffRef update(long staffId, StaffDetails details, Long expectedVersion) {
		return Organisation.ref(update(find(staffId), details, expectedVersion));
	}

	/** Sets a new password, as {@code PUT /staff/{id}/password} does (an administrator's or manager's reset). */
	public void changePassword(long staffId, String password) {
		changePassword(find(staffId), password);
	}

	/**
	 * A staff member's own change of password: made only when {@code currentPassword} is theirs.
	 * Returns false, changing nothing, when it is not.
	 */
	public boolean changeOwnPassword(long staffId, String currentPassword, String password) {
		Staff member = find(staffId);
		if (!encoder.matches(currentPassword, member.getPasswordHash())) {
			return false;
		}
		changePassword(member, password);
		return true;
	}

	/** Activates or deactivates an account, keeping everything else (the console's switch). */
	public StaffRef setActive(long staffId, boolean active) {
		Staff member = find(staffId);
		StaffDetails now = StaffDetails.of(member);
		return Organisation.ref(update(member, new StaffDetails(now.displayName(), now.mobile(), now.email(),
				now.departmentCode(), now.roles(), now.projectIds(), now.buildingIds(), active), null));
	}

	/** Starts or ends a staff member's shift, as {@code PUT /staff/{id}/duty} does. */
	public StaffRef setOnDuty(long staffId, boolean onDuty) {
		Staff member = find(staffId);
		member.setOnDuty(onDuty);
		return Organisation.ref(staff.saveAndFlush(member));
	}

	/** Renames a project's department, as {@code PUT /departments/{id}} does. */
	public DepartmentRef renameDepartment(long departmentId, String name, Long expectedVersion) {
		Department department = departments.findById(departmentId)
			.orElseThrow(() -> new NotFoundException("Department", departmentId));
		department.checkVersion(expectedVersion);
		department.rename(name);
		return DepartmentRef.of(departments.saveAndFlush(department));
	}

	private Staff find(long staffId) {
		return staff.findById(staffId).orElseThrow(() -> new NotFoundException("Staff", staffId));
	}

	void changePassword(Staff member, String password) {
		member.changePassword(encoder.encode(password));
	}

	private void apply(Staff member, StaffDetails details) {
		List<FieldError> errors = new ArrayList<>();
		for (Long projectId : details.projectIds()) {
			if (directory.project(projectId).isEmpty()) {
				errors.add(new FieldError("projectIds", "no such project: " + projectId));
			}
		}
		for (Long buildingId : details.buildingIds()) {
			boolean inProjects = directory.building(buildingId).map(BuildingRef::projectId)
				.filter(details.projectIds()::contains).isPresent();
			if (!inProjects) {
				errors.add(new FieldError("buildingIds", "building " + buildingId + " is not in the staff's projects"));
			}
		}
		if (details.departmentCode() != null && !DefaultDepartments.NAMES.containsKey(details.departmentCode())) {
			errors.add(new FieldError("departmentCode", "unknown department " + details.departmentCode()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		member.update(details.displayName(), details.mobile(), details.email(), details.departmentCode(),
				details.active() == null || details.active());
		member.assign(details.roles(), details.projectIds(), details.buildingIds());
	}

}
