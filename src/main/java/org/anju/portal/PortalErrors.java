package org.anju.portal;

import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A complaint or photo that is not the owner's household's, or does not exist: the portal's own 404 page. */
@ControllerAdvice(assignableTypes = PortalPages.class)
class PortalErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "portal/not-found";
	}

}
