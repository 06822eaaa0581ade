package org.anju.console;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.anju.board.Board;
import org.anju.complaint.Attachment;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.feedback.Callbacks;
import org.anju.knowledge.ComplaintPlaybook;
import org.anju.feedback.ReviewRef;
import org.anju.feedback.Reviews;
import org.anju.complaint.IllegalTransitionException;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint workbench ({@code /complaints/{id}}): everything about one complaint and the
 * actions the user may take now, each a plain form. A successful action redirects back to the
 * page; bad input re-renders it with the errors next to the fields (400); a stale edit or a step
 * the lifecycle does not allow re-renders it with a clear message and the current state (409);
 * a forbidden action is the 403 page.
 */
@Controller
class WorkbenchController {

	private final Complaints complaints;

	private final WorkbenchPage page;

	private final Board board;

	private final Callbacks callbacks;

	private final Reviews reviews;

	private final ComplaintPlaybook playbook;

	WorkbenchController(Complaints complaints, WorkbenchPage page, Board board, Callbacks callbacks, Reviews reviews,
			ComplaintPlaybook playbook) {
		this.complaints = complaints;
		this.page = page;
		this.board = board;
		this.callbacks = callbacks;
		this.reviews = reviews;
		this.playbook = playbook;
	}

	/** The workbench; with {@code script}, the note form opens with that reply script filled in. */
	@GetMapping("/complaints/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer script,
			@RequestParam(required = false) String cause, Model model) {
		page.fill(model, id, CurrentActor.get());
		if (script != null) {
			model.addAttribute("noteText", playbook.script(id, script, cause, CurrentActor.get()));
		}
		return "console/workbench/complaint";
	}

	@PostMapping("/complaints/{id}/playbook")
	String applyPlaybook(@PathVariable long id, @RequestParam(defaultValue = "") String choice, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String[] parts = choice.split(":", 2);
		return act(id, WorkbenchAction.PLAYBOOK_APPLY, null, model, response, redirect,
				() -> playbook.apply(id, parts[0], parts.length > 1 ? parts[1] : "", actor()));
	}

	@PostMapping("/complaints/{id}/playbook/steps/{position}")
	String tickStep(@PathVariable long id, @PathVariable int position, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, WorkbenchAction.PLAYBOOK_TICK, null, model, response, redirect,
				() -> playbook.tick(id, position, actor()));
	}

	@PostMapping("/complaints/{id}/playbook/records")
	String takeRecord(@PathVariable long id, @RequestParam(defaultValue = "") String key,
			@RequestParam(defaultValue = "") String value, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, WorkbenchAction.PLAYBOOK_RECORD, null, model, response, redirect,
				() -> playbook.record(id, key, value, actor()));
	}

	/** An attachment's bytes with the session login: the page's image previews and downloads. */
	@GetMapping("/complaints/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		Complaints.AttachmentContent content = complaints.attachment(id, attachmentId, CurrentActor.get());
		Attachment attachment = content.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(attachment.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.getFileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.resource());
	}

	@PostMapping("/complaints/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.ATTACH, null, model, response, redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "is empty");
			}
			return complaints.attach(id, file, actor());
		});
	}

	@PostMapping("/complaints/{id}/classify")
	String classify(@PathVariable long id, @Valid WorkbenchForms.Classify form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.CLASSIFY, binding, model, response, redirect,
				() -> complaints.classify(id, form.topic(), form.urgency(),
						form.department() == null || form.department().isBlank() ? null : form.department(),
						form.nature(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/assign")
	String assign(@PathVariable long id, @Valid WorkbenchForms.Assign form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.ASSIGN, binding, model, response, redirect,
				() -> complaints.assign(id, form.assigneeId(), null, form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/reassign")
	String reassign(@PathVariable long id, @Valid WorkbenchForms.Reassign form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.REASSIGN, binding, model, response, redirect, () -> complaints.reassign(id,
				form.assigneeId(), null, form.reason().strip(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/start")
	String start(@PathVariable long id, WorkbenchForms.Versioned form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, WorkbenchAction.START, null, model, response, redirect,
				() -> complaints.start(id, form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/contact")
	String contact(@PathVariable long id, @Valid WorkbenchForms.Contact form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.CONTACT, binding, model, response, redirect, () -> complaints.recordContact(id,
				form.method(), form.summary().strip(), form.visibility(), actor()));
	}

	@PostMapping("/complaints/{id}/note")
	String note(@PathVariable long id, @Valid WorkbenchForms.Note form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.NOTE, binding, model, response, redirect,
				() -> complaints.addNote(id, form.text().strip(), form.visibility(), actor()));
	}

	@PostMapping("/complaints/{id}/hold")
	String hold(@PathVariable long id, @Valid WorkbenchForms.Hold form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.HOLD, binding, model, response, redirect, () -> complaints.hold(id,
				form.reason().strip(), form.expectedDate(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/resume")
	String resume(@PathVariable long id, WorkbenchForms.Versioned form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, WorkbenchAction.RESUME, null, model, response, redirect,
				() -> complaints.resume(id, form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/request-complex")
	String requestComplex(@PathVariable long id, @Valid WorkbenchForms.Reason form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.REQUEST_COMPLEX, binding, model, response, redirect, () -> {
			requireVersion(id, form.expectedVersion());
			return complaints.requestComplex(id, form.reason().strip(), actor());
		});
	}

	@PostMapping("/complaints/{id}/approve-complex")
	String approveComplex(@PathVariable long id, WorkbenchForms.Versioned form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.APPROVE_COMPLEX, null, model, response, redirect, () -> {
			requireVersion(id, form.expectedVersion());
			return complaints.approveComplex(id, actor());
		});
	}

	@PostMapping("/complaints/{id}/escalate")
	String escalate(@PathVariable long id, @Valid WorkbenchForms.Reason form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.ESCALATE, binding, model, response, redirect,
				() -> complaints.escalate(id, form.reason().strip(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/resolve")
	String resolve(@PathVariable long id, @Valid WorkbenchForms.Resolve form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.RESOLVE, binding, model, response, redirect,
				() -> complaints.resolve(id, form.summary().strip(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/close")
	String close(@PathVariable long id, @Valid WorkbenchForms.Close form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.CLOSE, binding, model, response, redirect, () -> complaints.close(id,
				form.note() == null || form.note().isBlank() ? null : form.note().strip(), form.expectedVersion(),
				actor()));
	}

	@PostMapping("/complaints/{id}/reopen")
	String reopen(@PathVariable long id, @Valid WorkbenchForms.Reason form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.REOPEN, binding, model, response, redirect,
				() -> complaints.reopen(id, form.reason().strip(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/cancel")
	String cancel(@PathVariable long id, @Valid WorkbenchForms.Reason form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.CANCEL, binding, model, response, redirect,
				() -> complaints.cancel(id, form.reason().strip(), form.expectedVersion(), actor()));
	}

	@PostMapping("/complaints/{id}/callback")
	String callback(@PathVariable long id, @Valid WorkbenchForms.Callback form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.CALLBACK, binding, model, response, redirect, () -> {
			callbacks.record(id, form.method(), form.outcome(), form.stars(), form.note(), actor());
			return null;
		});
	}

	@PostMapping("/complaints/{id}/review-take")
	String takeReview(@PathVariable long id, @Valid WorkbenchForms.ReviewStep form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.REVIEW_TAKE, binding, model, response, redirect,
				() -> reviews.take(reviewOf(id, form.reviewId()), actor()));
	}

	@PostMapping("/complaints/{id}/review-record")
	String recordReview(@PathVariable long id, @Valid WorkbenchForms.ReviewRecord form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.REVIEW_RECORD, binding, model, response, redirect,
				() -> reviews.record(reviewOf(id, form.reviewId()), form.text(), actor()));
	}

	@PostMapping("/complaints/{id}/review-finish")
	String finishReview(@PathVariable long id, @Valid WorkbenchForms.ReviewFinish form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.REVIEW_FINISH, binding, model, response, redirect,
				() -> reviews.finish(reviewOf(id, form.reviewId()), form.outcome(), actor()));
	}

	/** The review must be this complaint's open one: a review id from another page is "not found". */
	private long reviewOf(long complaintId, Long reviewId) {
		return reviews.openFor(complaintId).filter(r -> reviewId != null && r.id() == reviewId).map(ReviewRef::id)
			.orElseThrow(() -> new NotFoundException("Review", reviewId));
	}

	@PostMapping("/complaints/{id}/link")
	String link(@PathVariable long id, @Valid WorkbenchForms.Link form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.LINK, binding, model, response, redirect, () -> {
			requireVersion(id, form.expectedVersion());
			Complaint related = complaints.byNumber(form.relatedNumber().strip(), actor())
				.orElseThrow(() -> new InvalidInputException("relatedNumber", "no such complaint"));
			return complaints.link(id, related.getId(), form.type(), actor());
		});
	}

	/** Publishes the measure taken on the project's public board (投诉公示栏). */
	@PostMapping("/complaints/{id}/publish")
	String publish(@PathVariable long id, @Valid WorkbenchForms.Publish form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.PUBLISH, binding, model, response, redirect,
				() -> board.publish(id, form.measure(), actor()));
	}

	@PostMapping("/complaints/{id}/withdraw")
	String withdraw(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, WorkbenchAction.WITHDRAW, null, model, response, redirect, () -> board.withdraw(id, actor()));
	}

	/** A forced action the user's role does not allow (the page never offers it). */
	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

	/**
	 * Runs one action: back to the page on success; otherwise the page again, with the field
	 * errors next to the action's fields or the message why nothing was changed.
	 */
	private String act(long id, WorkbenchAction action, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Supplier<?> command) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (binding != null && binding.hasErrors()) {
			binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), bindingMessage(e.getCode())));
			return again(id, action, errors, null, HttpStatus.BAD_REQUEST, model, response);
		}
		try {
			command.get();
		}
		catch (InvalidInputException ex) {
			ex.errors().stream().filter(FieldError.class::isInstance).map(FieldError.class::cast)
				.forEach(e -> errors.putIfAbsent(e.field(), domainMessage(e)));
			return again(id, action, errors, errors.isEmpty() ? "workbench.error.invalid" : null,
					HttpStatus.BAD_REQUEST, model, response);
		}
		catch (IllegalTransitionException ex) {
			return again(id, action, errors, "workbench.error.transition", HttpStatus.CONFLICT, model, response);
		}
		catch (ConflictException ex) {
			if (ex.properties().get("missingRecords") instanceof List<?> missing) {
				model.addAttribute("missing", missing.stream().map(String::valueOf).collect(Collectors.joining("、")));
				return again(id, action, errors, "workbench.error.missingRecords", HttpStatus.CONFLICT, model, response);
			}
			String message = ex.properties().containsKey("currentVersion") ? "workbench.error.stale"
					: action == WorkbenchAction.LINK ? "workbench.error.linked" : "workbench.error.conflict";
			return again(id, action, errors, message, HttpStatus.CONFLICT, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return again(id, action, errors, "workbench.error.stale", HttpStatus.CONFLICT, model, response);
		}
		redirect.addFlashAttribute("done", "workbench.done." + action.path());
		return "redirect:/complaints/" + id;
	}

	private String again(long id, WorkbenchAction action, Map<String, String> errors, String problem,
			HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("failed", action.path());
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		page.fill(model, id, actor());
		return "console/workbench/complaint";
	}

	/** Refuses an action that takes no version in the domain when the user's copy is stale. */
	private void requireVersion(long id, Long expected) {
		long current = complaints.get(id, actor()).getVersion();
		if (expected != null && expected != current) {
			throw new ConflictException("stale", Map.of("currentVersion", current));
		}
	}

	/** The bundle key of a Bean Validation or binding failure. */
	static String bindingMessage(String code) {
		return switch (code == null ? "" : code) {
			case "NotBlank", "NotNull", "NotEmpty" -> "workbench.error.required";
			case "Size" -> "workbench.error.tooLong";
			default -> "workbench.error.format";
		};
	}

	/** The bundle key of a rule the domain found broken (its own messages are English). */
	static String domainMessage(FieldError error) {
		String message = error.message() == null ? "" : error.message();
		return switch (error.field()) {
			case "expectedDate" -> "workbench.error.pastDate";
			case "assigneeId" -> "workbench.error.assignee";
			case "relatedNumber", "relatedId" -> "workbench.error.related";
			case "file" -> message.startsWith("type") ? "workbench.error.fileType"
					: message.startsWith("is larger") ? "workbench.error.fileSize" : "workbench.error.fileEmpty";
			default -> "workbench.error.invalid";
		};
	}

	private static Actor actor() {
		return CurrentActor.get();
	}

}
