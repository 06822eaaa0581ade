package org.anju.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff enter (or import) for a resident. */
public record ResidentDetails(
		@NotBlank @Size(max = 60) String name,
		@NotNull Relation relation,
		@Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mainland mobile number") String mobile,
		@Email @Size(max = 200) String email,
		@Size(max = 64) String wechatOpenId,
		ContactChannel preferredChannel,
		Boolean active,
		@Size(max = 64) String miniappOpenId) {
}
