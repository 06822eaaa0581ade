package org.anju.intake;

import java.net.URI;
import java.util.List;

import org.anju.intake.InboundController.MessageView;
import org.anju.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake for integrations, answered 202 Accepted as soon as what was sent is checked and kept; the
 * background registers it. A repeated {@code Idempotency-Key} answers 200 with what was kept the
 * first time.
 */
@RestController
@RequestMapping("/api/v1/intake")
class DeferredIntakeController {

	private final DeferredIntake intake;

	DeferredIntakeController(DeferredIntake intake) {
		this.intake = intake;
	}

	/**
	 * {@code POST /api/v1/intake/complaints}: the complaint API's body; {@code Location} names the
	 * inbound message, which shows the complaint's number once it is registered (in a second or so).
	 */
	@PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MessageView> submit(@RequestBody byte[] body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Intake.Taken taken = intake.submit(body, key, CurrentActor.get());
		MessageView view = MessageView.of(taken.message());
		if (taken.replay()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/intake/messages/" + view.id())).body(view);
	}

	/**
	 * {@code POST /api/v1/intake/batches}: up to 500 complaints ({@code {"complaints": [...]}}, each
	 * the complaint API's body), answered with the inbound messages they were kept as, in order; a
	 * batch with any refused complaint is refused whole (400) and nothing of it is kept.
	 */
	@PostMapping(path = "/batches", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Kept> submitAll(@RequestBody byte[] body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		DeferredIntake.Batch batch = intake.submitAll(body, key, CurrentActor.get());
		return ResponseEntity.status(batch.replay() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(new Kept(batch.messages()));
	}

	record Kept(List<MessageView> messages) {
	}

}
