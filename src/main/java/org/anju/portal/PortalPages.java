package org.anju.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.anju.complaint.Attachment;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.TimelineEntry;
import org.anju.directory.Directory;
import org.anju.feedback.Ratings;
import org.anju.intake.OwnerDesk;
import org.anju.notification.OwnerInbox;
import org.anju.organisation.Organisation;
import org.anju.platform.security.CurrentOwner;
import org.anju.platform.security.Owner;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.sla.SlaQueries;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's mobile pages: the household's complaints, a new complaint with photos, one
 * complaint with its public progress (adding to it, rating it or reopening it), and the inbox.
 * Every complaint id is checked against the signed-in owner's household (another's is "not found").
 */
@Controller
@RequestMapping("/owner")
class PortalPages {

	/** The preferred contact times the form offers; kept in the complaint's text. */
	static final List<String> CONTACT_TIMES = List.of("ANY", "WEEKDAY", "EVENING", "WEEKEND");

	private final OwnerDesk desk;

	private final Ratings ratings;

	private final OwnerInbox inbox;

	private final SlaQueries sla;

	private final Taxonomy taxonomy;

	private final Organisation organisation;

	private final PortalPhotos photos;

	private final PortalTexts texts;

	private final PortalTimes times;

	private final Directory directory;

	PortalPages(OwnerDesk desk, Ratings ratings, OwnerInbox inbox, SlaQueries sla, Taxonomy taxonomy,
			Organisation organisation, PortalPhotos photos, PortalTexts texts, PortalTimes times, Directory directory) {
		this.times = times;
		this.directory = directory;
		this.desk = desk;
		this.ratings = ratings;
		this.inbox = inbox;
		this.sla = sla;
		this.taxonomy = taxonomy;
		this.organisation = organisation;
		this.photos = photos;
		this.texts = texts;
	}

	@ModelAttribute("owner")
	Owner owner() {
		return CurrentOwner.get();
	}

	@ModelAttribute("t")
	PortalTimes times() {
		return times;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String home(Model model) {
		List<Complaint> complaints = desk.complaints(CurrentOwner.get());
		model.addAttribute("complaints", complaints);
		model.addAttribute("due", sla.resolutionDue(complaints.stream().map(Complaint::getId).toList()));
		model.addAttribute("topics", topicNames());
		return "portal/home";
	}

	@GetMapping("/complaints/new")
	String newComplaint(Model model) {
		model.addAttribute("household", directory.household(CurrentOwner.get().householdId()).map(h -> h.label())
			.orElse(""));
		model.addAttribute("topicList", taxonomy.topics());
		model.addAttribute("contactTimes", CONTACT_TIMES);
		model.addAttribute("maxMb", photos.maxMegabytes());
		model.addAttribute("formId", UUID.randomUUID().toString());
		return "portal/new";
	}

	@PostMapping("/complaints")
	String submit(@RequestParam(required = false) String topic, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "ANY") String contactTime, @RequestParam(required = false) String location,
			@RequestParam(required = false) String formId,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		String text = content.strip();
		if (text.isEmpty()) {
			errors.put("content", texts.text("portal.new.error.content"));
		}
		else if (text.length() > 9000) {
			errors.put("content", texts.text("portal.new.error.long"));
		}
		List<OwnerDesk.Photo> chosen = List.of();
		try {
			chosen = photos.of(files);
		}
		catch (InvalidInputException ex) {
			errors.put("photos", photoError(ex));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("topic", topic);
			model.addAttribute("description", content);
			model.addAttribute("contactTime", contactTime);
			model.addAttribute("location", location);
			return newComplaint(model);
		}
		String title = Optional.ofNullable(topic).flatMap(taxonomy::topic).map(Topic::nameZh).orElse(null);
		String time = CONTACT_TIMES.contains(contactTime) ? contactTime : "ANY";
		String body = text + "\n" + texts.chinese("portal.new.contactNote", texts.chinese("portal.contactTime." + time));
		String where = location == null || location.isBlank() ? null : location.strip();
		try {
			OwnerDesk.Submitted submitted = desk.submit(CurrentOwner.get(), title, body,
					where == null || where.length() <= 200 ? where : where.substring(0, 200), idempotency(formId), chosen);
			model.addAttribute("submitted", submitted);
			model.addAttribute("expected", submitted.complaintId() == null ? null
					: sla.resolutionDue(submitted.complaintId()).orElse(null));
			return "portal/received";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", Map.of("photos", photoError(ex)));
			model.addAttribute("description", content);
			return newComplaint(model);
		}
	}

	@GetMapping("/complaints/{id}")
	@Transactional(readOnly = true) // the attachments load inside it
	String complaint(@PathVariable long id, Model model) {
		Owner owner = CurrentOwner.get();
		Complaint complaint = desk.complaint(owner, id);
		model.addAttribute("complaint", complaint);
		model.addAttribute("photos", complaint.getAttachments().stream()
			.filter(a -> a.getContentType().startsWith("image/")).toList());
		List<TimelineEntry> timeline = new ArrayList<>(desk.publicTimeline(owner, id));
		Collections.reverse(timeline); // the latest first
		model.addAttribute("timeline", timeline);
		model.addAttribute("due", sla.resolutionDue(id).orElse(null));
		model.addAttribute("topic", topicName(complaint));
		String department = complaint.getClassification() == null ? null : complaint.getClassification().department();
		model.addAttribute("department",
				department == null ? null : organisation.departmentName(complaint.getProjectId(), department));
		model.addAttribute("rating", ratings.latest(id).orElse(null));
		model.addAttribute("maxMb", photos.maxMegabytes());
		return "portal/complaint";
	}

	@PostMapping("/complaints/{id}/messages")
	String addMessage(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		Owner owner = CurrentOwner.get();
		desk.complaint(owner, id);
		String t = text.strip();
		if (t.isEmpty() || t.length() > 3000) {
			redirect.addFlashAttribute("errors", Map.of("text", texts.text("portal.complaint.error.text")));
		}
		else {
			try {
				desk.addMessage(owner, id, t);
				redirect.addFlashAttribute("notice", texts.text("portal.complaint.added"));
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("errors", Map.of("text", texts.text("portal.complaint.error.closed")));
			}
		}
		return "redirect:/owner/complaints/" + id;
	}

	@PostMapping("/complaints/{id}/photos")
	String addPhotos(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		Owner owner = CurrentOwner.get();
		desk.complaint(owner, id);
		try {
			List<OwnerDesk.Photo> chosen = photos.of(files);
			if (chosen.isEmpty()) {
				throw new InvalidInputException("photos", "none");
			}
			desk.attach(owner, id, chosen);
			redirect.addFlashAttribute("notice", texts.text("portal.complaint.photosAdded"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", Map.of("photos", photoError(ex)));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("errors", Map.of("photos", texts.text("portal.photos.error.tooMany")));
		}
		return "redirect:/owner/complaints/" + id;
	}

	@PostMapping("/complaints/{id}/rating")
	String rate(@PathVariable long id, @RequestParam(required = false) Integer stars,
			@RequestParam(required = false) Boolean solved, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect) {
		Owner owner = CurrentOwner.get();
		desk.complaint(owner, id);
		if (stars == null || stars < 1 || stars > 5 || solved == null) {
			redirect.addFlashAttribute("errors", Map.of("rating", texts.text("portal.rating.error.missing")));
		}
		else {
			try {
				ratings.rate(id, owner, stars, solved, comment.isBlank() ? null : comment.strip());
				redirect.addFlashAttribute("notice", texts.text("portal.rating.thanks"));
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("errors", Map.of("rating", texts.text("portal.rating.error.state")));
			}
			catch (InvalidInputException ex) {
				redirect.addFlashAttribute("errors", Map.of("rating", texts.text("portal.rating.error.missing")));
			}
		}
		return "redirect:/owner/complaints/" + id;
	}

	@PostMapping("/complaints/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Owner owner = CurrentOwner.get();
		desk.complaint(owner, id);
		String r = reason.strip();
		if (r.isEmpty() || r.length() > 500) {
			redirect.addFlashAttribute("errors", Map.of("reason", texts.text("portal.reopen.error.reason")));
		}
		else {
			try {
				ratings.reopen(id, owner, r);
				redirect.addFlashAttribute("notice", texts.text("portal.reopen.done"));
			}
			catch (InvalidInputException ex) {
				redirect.addFlashAttribute("errors", Map.of("reason", texts.text("portal.reopen.error.reason")));
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("errors", Map.of("reason", texts.text("portal.reopen.error.state")));
			}
		}
		return "redirect:/owner/complaints/" + id;
	}

	/** A photo of the owner's own complaint, streamed inline for the thumbnails. */
	@GetMapping("/complaints/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long attachmentId) {
		Complaints.AttachmentContent content = desk.attachment(CurrentOwner.get(), id, attachmentId);
		Attachment attachment = content.attachment();
		boolean image = attachment.getContentType().startsWith("image/");
		return ResponseEntity.ok()
			.contentType(image ? MediaType.parseMediaType(attachment.getContentType()) : MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(attachment.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(image ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(content.resource());
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		Owner owner = CurrentOwner.get();
		model.addAttribute("inbox", inbox.of(owner.residentId(), owner.householdId()));
		return "portal/inbox";
	}

	private String photoError(InvalidInputException ex) {
		String detail = ex.errors().stream().filter(FieldError.class::isInstance)
			.map(e -> ((FieldError) e).message()).findFirst().orElse(ex.getMessage());
		if (detail.startsWith("at most")) {
			return texts.text("portal.photos.error.count", PortalPhotos.MAX_PHOTOS);
		}
		if (detail.startsWith("too large") || detail.contains("larger than")) {
			return texts.text("portal.photos.error.size", photos.maxMegabytes());
		}
		if (detail.equals("none") || detail.contains("empty")) {
			return texts.text("portal.photos.error.none");
		}
		return texts.text("portal.photos.error.type");
	}

	private Map<String, String> topicNames() {
		Map<String, String> names = new HashMap<>();
		taxonomy.topics().forEach(t -> names.put(t.code(), t.nameZh()));
		return names;
	}

	private String topicName(Complaint complaint) {
		return complaint.getClassification() == null || complaint.getClassification().topic() == null ? null
				: taxonomy.topic(complaint.getClassification().topic()).map(Topic::nameZh).orElse(null);
	}

	/** A form sent twice (a double tap, a flaky network) is taken once. */
	private static String idempotency(String formId) {
		return formId == null || !formId.matches("[A-Za-z0-9-]{8,64}") ? null : "page-" + formId;
	}

}
