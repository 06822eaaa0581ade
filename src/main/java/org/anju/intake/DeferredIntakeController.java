package org.anju.intake;

import java.net.URI;

import org.anju.intake.InboundController.MessageView;
import org.anju.platform.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/intake/complaints}: the complaint API's body, answered 202 Accepted as soon
 * as the complaint is kept; {@code Location} names the inbound message, which shows the complaint's
 * number once it is registered (in a second or so). A repeated {@code Idempotency-Key} answers 200
 * with the message kept the first time.
 */
@RestController
@RequestMapping("/api/v1/intake/complaints")
class DeferredIntakeController {

	private final DeferredIntake intake;

	DeferredIntakeController(DeferredIntake intake) {
		this.intake = intake;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MessageView> submit(@RequestBody byte[] body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Intake.Taken taken = intake.submit(body, key, CurrentActor.get());
		MessageView view = MessageView.of(taken.message());
		if (taken.replay()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/intake/messages/" + view.id())).body(view);
	}

}
