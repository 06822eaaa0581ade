package org.anju.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** A new password typed twice; its length follows {@code PUT /api/v1/staff/{id}/password}. */
class PasswordForm {

	@NotBlank
	@Size(min = 8, max = 100)
	private String password;

	private String confirm;

	/** True if the second copy matches; otherwise says so next to it. */
	boolean confirmed(BindingResult result) {
		if (password != null && password.equals(confirm)) {
			return true;
		}
		result.rejectValue("confirm", "admin.error.confirm");
		return false;
	}

	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getConfirm() { return confirm; }
	public void setConfirm(String confirm) { this.confirm = confirm; }

}
