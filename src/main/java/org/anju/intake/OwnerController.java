package org.anju.intake;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.complaint.Attachment;
import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.TimelineEntry;
import org.anju.complaint.TimelineType;
import org.anju.intake.Intake.Taken;
import org.anju.platform.security.CurrentOwner;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The owners' API, used by the owner portal, the app and the mini-program (signing in comes with
 * the portal). A complaint answers 201 when it is new, 200 when it joined the owner's open
 * complaint about the same thing or repeats an earlier request with the same
 * {@code Idempotency-Key}, and 202 when it was kept but needs a person to look at it.
 */
@RestController
@RequestMapping("/api/v1/owner/complaints")
class OwnerController {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final OwnerIntake owners;

	OwnerController(OwnerIntake owners) {
		this.owners = owners;
	}

	@PostMapping
	ResponseEntity<Receipt> submit(@Valid @RequestBody Submission request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
		Taken taken = owners.submit(CurrentOwner.get(), request.channel(), request.title(), request.content(),
				request.location(), idempotencyKey, raw(request));
		Receipt receipt = Receipt.of(taken);
		HttpStatus status = taken.replay() || taken.is(InboundStatus.MERGED) ? HttpStatus.OK
				: taken.is(InboundStatus.ACCEPTED) ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (receipt.complaintId() != null) {
			response.location(URI.create("/api/v1/owner/complaints/" + receipt.complaintId()));
		}
		return response.body(receipt);
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<OwnerComplaint> list() {
		return owners.complaints(CurrentOwner.get()).stream().map(c -> OwnerComplaint.of(c, null)).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true) // mapped inside the transaction, where the attachments can load
	OwnerComplaint get(@PathVariable long id) {
		return OwnerComplaint.of(owners.complaint(CurrentOwner.get(), id),
				owners.publicTimeline(CurrentOwner.get(), id).stream().map(Step::of).toList());
	}

	@PostMapping("/{id}/messages")
	ResponseEntity<Receipt> addMessage(@PathVariable long id, @Valid @RequestBody FollowUp request) {
		Taken taken = owners.addMessage(CurrentOwner.get(), id, request.channel(), request.text(), raw(request));
		return ResponseEntity.status(taken.is(InboundStatus.THREADED) ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.body(Receipt.of(taken));
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	File attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		return File.of(owners.attach(CurrentOwner.get(), id, file));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
		Complaints.AttachmentContent content = owners.attachment(CurrentOwner.get(), id, attachmentId);
		Attachment attachment = content.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(attachment.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.resource());
	}

	private static byte[] raw(Object request) {
		return json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
	}

	/** A new complaint from the portal (WEB) or the app and mini-program (APP). */
	record Submission(@Pattern(regexp = "WEB|APP") String via, @Size(max = 200) String title,
			@NotBlank @Size(max = 10000) String content, @Size(max = 200) String location) {

		Channel channel() {
			return via == null ? Channel.WEB : Channel.valueOf(via);
		}

	}

	record FollowUp(@Pattern(regexp = "WEB|APP") String via, @NotBlank @Size(max = 3000) String text) {

		Channel channel() {
			return via == null ? Channel.WEB : Channel.valueOf(via);
		}

	}

	/** What became of what the owner sent. */
	record Receipt(InboundStatus status, Long complaintId, String number, boolean replay) {

		static Receipt of(Taken taken) {
			InboundMessage m = taken.message();
			return new Receipt(m.getStatus(), m.getComplaintId(), m.getComplaintNumber(), taken.replay());
		}

	}

	record OwnerComplaint(long id, String number, String title, String content, Channel channel,
			ComplaintStatus status, Instant receivedAt, String holdReason, LocalDate holdUntil, String resolution,
			Instant resolvedAt, Instant closedAt, List<File> attachments, List<Step> timeline) {

		/** With the timeline and attachments when they are given (one complaint), without for lists. */
		static OwnerComplaint of(Complaint c, List<Step> timeline) {
			return new OwnerComplaint(c.getId(), c.getNumber(), c.getTitle(), c.getContent(), c.getChannel(),
					c.getStatus(), c.getReceivedAt(), c.getHoldReason(), c.getHoldUntil(), c.getResolution(),
					c.getResolvedAt(), c.getClosedAt(),
					timeline == null ? null : c.getAttachments().stream().map(File::of).toList(), timeline);
		}

	}

	record File(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

		static File of(Attachment a) {
			return new File(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getUploadedAt());
		}

	}

	/** A public step of the complaint's handling. */
	record Step(Instant at, TimelineType type, ComplaintStatus status, String message) {

		static Step of(TimelineEntry e) {
			return new Step(e.getOccurredAt(), e.getType(), e.getToStatus(), e.getMessage());
		}

	}

}
