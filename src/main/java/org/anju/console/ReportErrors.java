package org.anju.console;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A report asked for a period that is none (a month not like 2026-11, a week not like 2026-W47): 400 with a way back. */
@ControllerAdvice(assignableTypes = ReportsController.class)
class ReportErrors {

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badPeriod(Model model) {
		model.addAttribute("me", CurrentActor.get());
		return "console/report/bad-period";
	}

}
