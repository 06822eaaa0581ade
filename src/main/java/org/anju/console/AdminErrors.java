package org.anju.console;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change the administration pages cannot make because the record moved on: 409 with a way back. */
@ControllerAdvice(assignableTypes = { AdminController.class, AdminResidentController.class,
		AdminImportController.class, AdminStaffController.class, AdminTaxonomyController.class,
		AdminSlaController.class, AdminTemplateController.class, AdminHoursController.class,
		AdminBuildingController.class })
class AdminErrors {

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(RuntimeException ex, Model model) {
		model.addAttribute("me", CurrentActor.get());
		model.addAttribute("detail", ex.getMessage());
		return "console/admin/conflict";
	}

}
