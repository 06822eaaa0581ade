package org.anju.console;

import org.anju.platform.security.Actor;
import org.anju.platform.security.ActorPrincipal;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page knows: who is logged in ({@code me}); and how pages show a missing record. */
@ControllerAdvice(basePackages = "org.anju.console")
class ConsoleModel {

	@ModelAttribute("me")
	Actor me(@AuthenticationPrincipal Object principal) {
		return principal instanceof ActorPrincipal p ? p.actor() : null;
	}

	/** A record that does not exist, or belongs to a project the user may not see. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
