package org.anju.organisation;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.Role;

/** What an administrator or manager sets for a staff member. */
public record StaffDetails(@NotBlank @Size(max = 60) String displayName,
		@Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mainland mobile number") String mobile,
		@Email @Size(max = 200) String email, String departmentCode, @NotEmpty Set<Role> roles,
		@NotNull Set<Long> projectIds, Set<Long> buildingIds, Boolean active) {

	public StaffDetails {
		buildingIds = buildingIds == null ? Set.of() : buildingIds;
	}

	static StaffDetails of(Staff s) {
		return new StaffDetails(s.getDisplayName(), s.getMobile(), s.getEmail(), s.getDepartmentCode(), s.getRoles(),
				s.getProjectIds(), s.getBuildingIds(), s.isActive());
	}

}
