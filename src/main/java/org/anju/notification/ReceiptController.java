package org.anju.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery receipts from the SMS gateway: {@code [{"outId", "delivered", "reason"}]}, with the
 * shared secret {@code anju.notification.sms.receipt-token} in {@code X-Anju-Token}. A message the
 * gateway could not deliver fails and the next channel takes over.
 */
@RestController
@Transactional
class ReceiptController {

	private final MessageRepository messages;

	private final Postman postman;

	private final Clock clock;

	private final byte[] token;

	ReceiptController(MessageRepository messages, Postman postman, Clock clock,
			@Value("${anju.notification.sms.receipt-token:}") String token) {
		this.messages = messages;
		this.postman = postman;
		this.clock = clock;
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("/api/v1/hooks/sms-receipts")
	ResponseEntity<Accepted> receipts(@RequestHeader(name = "X-Anju-Token", required = false) String given,
			@Valid @RequestBody List<@Valid Receipt> receipts) {
		if (token.length == 0 || given == null
				|| !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		int known = 0;
		for (Receipt receipt : receipts) {
			var message = messages.findByIdempotencyKey(receipt.outId());
			if (message.isPresent()) {
				known++;
				Message m = message.get();
				if (m.receipt(receipt.delivered(), receipt.reason(), clock.instant())) {
					postman.timeline(m, "短信未送达" + m.getRecipientName() + "：" + m.getLastError());
					postman.fallBack(m);
				}
			}
		}
		return ResponseEntity.ok(new Accepted(receipts.size(), known));
	}

	record Receipt(@NotBlank String outId, @NotNull Boolean delivered, String reason) {
	}

	record Accepted(int received, int known) {
	}

}
