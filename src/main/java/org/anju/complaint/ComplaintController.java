package org.anju.complaint;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.anju.complaint.ComplaintRequests.Assign;
import org.anju.complaint.ComplaintRequests.Classify;
import org.anju.complaint.ComplaintRequests.Close;
import org.anju.complaint.ComplaintRequests.Contact;
import org.anju.complaint.ComplaintRequests.Hold;
import org.anju.complaint.ComplaintRequests.Link;
import org.anju.complaint.ComplaintRequests.Note;
import org.anju.complaint.ComplaintRequests.Reason;
import org.anju.complaint.ComplaintRequests.Reassign;
import org.anju.complaint.ComplaintRequests.Register;
import org.anju.complaint.ComplaintRequests.Resolve;
import org.anju.complaint.ComplaintViews.AssignmentTimes;
import org.anju.complaint.ComplaintViews.AttachmentView;
import org.anju.complaint.ComplaintViews.ComplaintView;
import org.anju.complaint.ComplaintViews.IntakeTimes;
import org.anju.complaint.ComplaintViews.PageView;
import org.anju.complaint.ComplaintViews.TimelineView;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.InvalidInputException;
import org.anju.triage.Flag;
import org.anju.triage.Urgency;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint API. Reads return an {@code ETag} with the complaint's version; a command sent
 * with {@code If-Match} is refused with 409 when someone changed the complaint in between.
 */
@RestController
@RequestMapping("/api/v1/complaints")
@Transactional // the response is mapped inside the transaction, where attachments and links can load
class ComplaintController {

	private static final Set<String> SORTABLE = Set.of("receivedAt", "recordedAt", "number", "status", "urgency",
			"topic", "department", "escalationLevel");

	private final Complaints complaints;

	private final Clock clock;

	ComplaintController(Complaints complaints, Clock clock) {
		this.complaints = complaints;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<ComplaintView> register(@Valid @RequestBody Register request) {
		Complaint complaint = complaints.register(request.toCommand(), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.getId()))
			.eTag(etag(complaint))
			.body(ComplaintView.of(complaint));
	}

	@GetMapping
	PageView<ComplaintView> list(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) Set<ComplaintStatus> status,
			@RequestParam(required = false) String department, @RequestParam(required = false) Long assigneeId,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long buildingId, @RequestParam(required = false) Long householdId,
			@RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) Flag flag, @RequestParam(required = false) Urgency urgency,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "receivedAt,desc") String sort) {
		ComplaintFilter filter = new ComplaintFilter(projectId, status, department, assigneeId, topic, category,
				buildingId, householdId, channel, startOf(receivedFrom), startOf(receivedTo == null ? null : receivedTo.plusDays(1)),
				flag).withUrgency(urgency).withQuery(q);
		return PageView.of(complaints.search(filter, pageable(page, size, sort), CurrentActor.get())
			.map(ComplaintView::summary));
	}

	/** Time from receipt to assignment of the complaints received in a period. */
	@GetMapping("/stats/assignment")
	AssignmentTimes assignmentTimes(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo) {
		return AssignmentTimes.of(receivedIn(projectId, receivedFrom, receivedTo));
	}

	/** Time from arrival to triaged-and-assigned, per channel, of the complaints received in a period. */
	@GetMapping("/stats/intake")
	List<IntakeTimes> intakeTimes(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo) {
		return IntakeTimes.of(receivedIn(projectId, receivedFrom, receivedTo));
	}

	/** The complaints of a project (or every visible one) received between two days, both included. */
	private List<Complaint> receivedIn(Long projectId, LocalDate from, LocalDate to) {
		ComplaintFilter filter = new ComplaintFilter(projectId, null, null, null, null, null, null, null, null,
				startOf(from), startOf(to == null ? null : to.plusDays(1)), null);
		return complaints.search(filter, Pageable.unpaged(), CurrentActor.get()).getContent();
	}

	@GetMapping("/{id}")
	ResponseEntity<ComplaintView> get(@PathVariable long id) {
		return ok(complaints.get(id, CurrentActor.get()));
	}

	@GetMapping("/{id}/timeline")
	List<TimelineView> timeline(@PathVariable long id, @RequestParam(required = false) Visibility visibility) {
		return complaints.timeline(id, CurrentActor.get()).stream()
			.filter(e -> visibility == null || e.getVisibility() == visibility)
			.map(TimelineView::of)
			.toList();
	}

	@PostMapping("/{id}/assign")
	ResponseEntity<ComplaintView> assign(@PathVariable long id, @Valid @RequestBody Assign request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.assign(id, request.assigneeId(), request.department(), version(ifMatch),
				CurrentActor.get()));
	}

	@PostMapping("/{id}/reassign")
	ResponseEntity<ComplaintView> reassign(@PathVariable long id, @Valid @RequestBody Reassign request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.reassign(id, request.assigneeId(), request.department(), request.reason(),
				version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/start")
	ResponseEntity<ComplaintView> start(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.start(id, version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/hold")
	ResponseEntity<ComplaintView> hold(@PathVariable long id, @Valid @RequestBody Hold request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.hold(id, request.reason(), request.expectedDate(), version(ifMatch),
				CurrentActor.get()));
	}

	@PostMapping("/{id}/resume")
	ResponseEntity<ComplaintView> resume(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.resume(id, version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/resolve")
	ResponseEntity<ComplaintView> resolve(@PathVariable long id, @Valid @RequestBody Resolve request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.resolve(id, request.summary(), version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/close")
	ResponseEntity<ComplaintView> close(@PathVariable long id, @Valid @RequestBody(required = false) Close request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.close(id, request == null ? null : request.note(), version(ifMatch),
				CurrentActor.get()));
	}

	@PostMapping("/{id}/reopen")
	ResponseEntity<ComplaintView> reopen(@PathVariable long id, @Valid @RequestBody Reason request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.reopen(id, request.reason(), version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/cancel")
	ResponseEntity<ComplaintView> cancel(@PathVariable long id, @Valid @RequestBody Reason request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.cancel(id, request.reason(), version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/escalate")
	ResponseEntity<ComplaintView> escalate(@PathVariable long id, @Valid @RequestBody Reason request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.escalate(id, request.reason(), version(ifMatch), CurrentActor.get()));
	}

	@PutMapping("/{id}/classification")
	ResponseEntity<ComplaintView> classify(@PathVariable long id, @Valid @RequestBody Classify request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ok(complaints.classify(id, request.topic(), request.urgency(), request.department(),
				request.nature(), version(ifMatch), CurrentActor.get()));
	}

	@PostMapping("/{id}/complex")
	ComplaintView requestComplex(@PathVariable long id, @Valid @RequestBody Reason request) {
		return ComplaintView.of(complaints.requestComplex(id, request.reason(), CurrentActor.get()));
	}

	@PostMapping("/{id}/complex/approve")
	ComplaintView approveComplex(@PathVariable long id) {
		return ComplaintView.of(complaints.approveComplex(id, CurrentActor.get()));
	}

	@PostMapping("/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	ComplaintView addNote(@PathVariable long id, @Valid @RequestBody Note request) {
		return ComplaintView.of(complaints.addNote(id, request.text(),
				request.visibility() == null ? Visibility.INTERNAL : request.visibility(), CurrentActor.get()));
	}

	@PostMapping("/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	ComplaintView recordContact(@PathVariable long id, @Valid @RequestBody Contact request) {
		return ComplaintView.of(complaints.recordContact(id, request.method(), request.summary(),
				request.visibility() == null ? Visibility.PUBLIC : request.visibility(), CurrentActor.get()));
	}

	@PostMapping("/{id}/links")
	@ResponseStatus(HttpStatus.CREATED)
	ComplaintView link(@PathVariable long id, @Valid @RequestBody Link request) {
		return ComplaintView.of(complaints.link(id, request.relatedId(), request.type(), CurrentActor.get()));
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		return AttachmentView.of(complaints.attach(id, file, CurrentActor.get()));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable long id,
			@PathVariable long attachmentId) {
		Complaints.AttachmentContent content = complaints.attachment(id, attachmentId, CurrentActor.get());
		Attachment attachment = content.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(attachment.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.resource());
	}

	private Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
	}

	private static ResponseEntity<ComplaintView> ok(Complaint complaint) {
		return ResponseEntity.ok().eTag(etag(complaint)).body(ComplaintView.of(complaint));
	}

	private static String etag(Complaint complaint) {
		return "\"" + complaint.getVersion() + "\"";
	}

	/** The version named by an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("If-Match", "must be the ETag of the complaint, e.g. \"3\"");
		}
	}

	private static Pageable pageable(int page, int size, String sort) {
		if (page < 0 || size < 1 || size > 200) {
			throw new InvalidInputException("size", "page must be ≥ 0 and size between 1 and 200");
		}
		String[] parts = sort.split(",");
		if (!SORTABLE.contains(parts[0])) {
			throw new InvalidInputException("sort", "can sort by " + SORTABLE);
		}
		Sort.Direction direction = parts.length > 1 && parts[1].equalsIgnoreCase("asc") ? Sort.Direction.ASC
				: Sort.Direction.DESC;
		return PageRequest.of(page, size, Sort.by(direction, parts[0]).and(Sort.by(Sort.Direction.DESC, "id")));
	}

}
