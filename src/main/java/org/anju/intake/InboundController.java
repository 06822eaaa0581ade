package org.anju.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.complaint.Channel;
import org.anju.platform.security.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbound log, the quarantine and each message's raw content. */
@RestController
@RequestMapping("/api/v1/intake/messages")
class InboundController {

	private final InboundMessages messages;

	InboundController(InboundMessages messages) {
		this.messages = messages;
	}

	/** Quarantined messages unless other statuses are asked for; or the messages of one complaint. */
	@GetMapping
	List<MessageView> list(@RequestParam(required = false) Set<InboundStatus> status,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) Long complaintId) {
		List<InboundMessage> found = complaintId != null ? messages.ofComplaint(complaintId, CurrentActor.get())
				: messages.list(status, channel, CurrentActor.get());
		return found.stream().map(MessageView::of).toList();
	}

	@GetMapping("/{id}")
	MessageView get(@PathVariable long id) {
		return MessageView.of(messages.get(id, CurrentActor.get()));
	}

	/** The bytes exactly as they arrived, as a download (never rendered in the browser). */
	@GetMapping("/{id}/raw")
	ResponseEntity<byte[]> raw(@PathVariable long id) {
		InboundMessage message = messages.get(id, CurrentActor.get());
		byte[] bytes = messages.raw(id, CurrentActor.get());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("inbound-" + id + extension(message.getRawType())).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	@PostMapping("/{id}/resolve")
	MessageView resolve(@PathVariable long id, @Valid @RequestBody Resolve request) {
		return MessageView.of(messages.resolve(id, request.complaintId(), CurrentActor.get()));
	}

	@PostMapping("/{id}/discard")
	MessageView discard(@PathVariable long id, @Valid @RequestBody Discard request) {
		return MessageView.of(messages.discard(id, request.reason(), CurrentActor.get()));
	}

	private static String extension(String rawType) {
		return switch (rawType) {
			case "message/rfc822" -> ".eml";
			case "application/json" -> ".json";
			case "application/xml", "text/xml" -> ".xml";
			case "text/csv" -> ".csv";
			default -> rawType.contains("spreadsheet") ? ".xlsx" : ".bin";
		};
	}

	record Resolve(@NotNull Long complaintId) {
	}

	record Discard(@NotBlank @Size(max = 500) String reason) {
	}

	record MessageView(long id, Channel channel, String externalId, Long projectId, String sender, String subject,
			String rawType, long rawSize, Instant arrivedAt, InboundStatus status, String reason, Long complaintId,
			String complaintNumber, Instant handledAt, String handledBy) {

		static MessageView of(InboundMessage m) {
			return of(m.getId(), m);
		}

		/** The view of a message kept by a batched insert, which gave it its id. */
		static MessageView of(long id, InboundMessage m) {
			return new MessageView(id, m.getChannel(), m.getExternalId(), m.getProjectId(), m.getSender(),
					m.getSubject(), m.getRawType(), m.getRawSize(), m.getArrivedAt(), m.getStatus(), m.getReason(),
					m.getComplaintId(), m.getComplaintNumber(), m.getHandledAt(), m.getHandledBy());
		}

	}

}
