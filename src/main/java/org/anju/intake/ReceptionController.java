package org.anju.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.complaint.Attachment;
import org.anju.complaint.Channel;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.intake.Hotline.Recorded;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.triage.Urgency;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

/**
 * The front desk (来访) and the post (来信): staff enter the complaint with the scanned letter or
 * the photos the owner brought. The files are checked before anything is kept, so a refused file
 * is a clean 400 and neither the message nor the complaint exists; the accepted ones are attached
 * in the registering transaction.
 */
@RestController
@RequestMapping("/api/v1/intake/receptions")
class ReceptionController {

	private final ReceptionDesk desk;

	private final Complaints complaints;

	private final JsonMapper json;

	private final Clock clock;

	ReceptionController(ReceptionDesk desk, Complaints complaints, JsonMapper json, Clock clock) {
		this.desk = desk;
		this.complaints = complaints;
		this.json = json;
		this.clock = clock;
	}

	/** 201 with the new complaint, or 200 when it was merged into the same person's open one. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Received> receive(@Valid @RequestPart("complaint") ReceptionForm form,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		Instant arrivedAt = clock.instant();
		Actor actor = CurrentActor.get();
		ReceptionDesk.requireDesk(actor);
		List<Upload> uploads = uploads(form.channel(), files == null ? List.of() : files);
		Draft draft = desk.draft(form, form.channel(), arrivedAt, form.projectId(), form.complainantPhone(), actor)
			.receivedAt(form.receivedAt());
		desk.check(draft, actor);
		Inbound inbound = new Inbound(form.channel(), null, draft.toNewComplaint().projectId(),
				form.complainantName() != null ? form.complainantName() : form.complainantPhone(), form.title(),
				json.writeValueAsBytes(form), "application/json", arrivedAt);
		List<AttachmentView> attached = new ArrayList<>();
		Recorded r = desk.register(inbound, draft, actor, registration -> uploads.forEach(u -> attached
			.add(AttachmentView.of(complaints.attach(registration.complaint().getId(), u.name(), u.bytes(), actor)))));
		Received received = new Received(r.complaintId(), r.number(), r.merged(), r.status(), r.assigneeId(),
				r.intakeMillis(), attached);
		return r.merged() ? ResponseEntity.ok(received)
				: ResponseEntity.created(URI.create("/api/v1/complaints/" + r.complaintId())).body(received);
	}

	/** Reads and checks every file up front; a letter comes with its scan. */
	private List<Upload> uploads(Channel channel, List<MultipartFile> files) {
		List<FieldError> errors = new ArrayList<>();
		if (channel != Channel.WALK_IN && channel != Channel.LETTER) {
			errors.add(new FieldError("channel", "must be WALK_IN or LETTER"));
		}
		if (channel == Channel.LETTER && files.isEmpty()) {
			errors.add(new FieldError("files", "a letter needs its scan or photo"));
		}
		List<Upload> uploads = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			MultipartFile file = files.get(i);
			try {
				byte[] bytes = file.getBytes();
				complaints.checkAttachment(file.getOriginalFilename(), bytes);
				uploads.add(new Upload(file.getOriginalFilename(), bytes));
			}
			catch (InvalidInputException refused) {
				for (Object why : refused.errors()) {
					errors.add(new FieldError("files[" + i + "]",
							file.getOriginalFilename() + ": " + ((FieldError) why).message()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return uploads;
	}

	/**
	 * The {@code complaint} part (JSON): a resident, or someone known by name and phone (or
	 * e-mail) in a project or household; for a letter, {@code receivedAt} is its date.
	 */
	record ReceptionForm(@NotNull Channel channel, Long projectId, Long residentId, Long householdId,
			@Size(max = 60) String complainantName, @Size(max = 30) String complainantPhone,
			@Email @Size(max = 200) String complainantEmail, @Size(max = 200) String complainantAddress,
			@Size(max = 200) String title, @NotBlank @Size(max = 10000) String content,
			@Size(max = 200) String location, String topic, Urgency urgency, Instant receivedAt)
			implements ReceptionDesk.Form {
	}

	record Received(long complaintId, String number, boolean merged, ComplaintStatus status, Long assigneeId,
			long intakeMillis, List<AttachmentView> attachments) {
	}

	record AttachmentView(long id, String fileName, String contentType, long sizeBytes) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes());
		}

	}

	private record Upload(String name, byte[] bytes) {
	}

}
