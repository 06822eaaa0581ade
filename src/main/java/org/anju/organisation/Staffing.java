package org.anju.organisation;

import java.util.ArrayList;
import java.util.List;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
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

	private final Directory directory;

	private final PasswordEncoder encoder;

	Staffing(StaffRepository staff, Directory directory, PasswordEncoder encoder) {
		this.staff = staff;
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
