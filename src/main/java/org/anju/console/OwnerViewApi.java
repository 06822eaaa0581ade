package org.anju.console;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The owner 360 view as JSON, for other front ends; audited like the page. */
@RestController
class OwnerViewApi {

	private final OwnerView view;

	OwnerViewApi(OwnerView view) {
		this.view = view;
	}

	@GetMapping("/api/v1/households/{id}/profile")
	OwnerView.Profile profile(@PathVariable long id) {
		return view.profile(id, CurrentActor.get(), "owner-view-api");
	}

	/** A problem, not the console's 404 page (which {@link ConsoleModel} gives the console's pages). */
	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

}
