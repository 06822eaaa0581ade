package org.anju.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.complaint.Complaints;
import org.anju.notification.Message.RecipientType;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A complaint's messages with their delivery state, the staff inbox, and the templates. */
@RestController
@RequestMapping("/api/v1")
@Transactional
class NotificationController {

	private final MessageRepository messages;

	private final InboxRepository inbox;

	private final Templates templates;

	private final Complaints complaints;

	private final CallTasks calls;

	private final UncertainMessages uncertain;

	private final Clock clock;

	NotificationController(MessageRepository messages, InboxRepository inbox, Templates templates,
			Complaints complaints, CallTasks calls, UncertainMessages uncertain, Clock clock) {
		this.calls = calls;
		this.uncertain = uncertain;
		this.messages = messages;
		this.inbox = inbox;
		this.templates = templates;
		this.complaints = complaints;
		this.clock = clock;
	}

	@GetMapping("/complaints/{id}/messages")
	@Transactional(readOnly = true)
	List<MessageView> messages(@PathVariable long id) {
		complaints.get(id, CurrentActor.get());
		return messages.findByComplaintIdOrderById(id).stream().map(MessageView::of).toList();
	}

	/** Residents no channel can reach, to be called: open ones (or all with {@code open=false}). */
	@GetMapping("/notification/call-tasks")
	List<CallTaskView> callTasks(@RequestParam(required = false) Long projectId,
			@RequestParam(defaultValue = "true") boolean open) {
		return calls.of(projectId, open, CurrentActor.get());
	}

	@PostMapping("/notification/call-tasks/{id}/done")
	CallTaskView callDone(@PathVariable long id, @RequestBody CallDone request) {
		return calls.done(id, request.reached(), request.note(), CurrentActor.get());
	}

	record CallDone(boolean reached, String note) {
	}

	/** Messages whose delivery is uncertain (the run sending them died), to check and resend deliberately. */
	@GetMapping("/notification/uncertain")
	@Transactional(readOnly = true)
	List<MessageView> uncertain(@RequestParam(required = false) Long projectId) {
		return uncertain.of(projectId, CurrentActor.get()).stream().map(MessageView::of).toList();
	}

	@PostMapping("/notification/messages/{id}/resend")
	MessageView resend(@PathVariable long id) {
		return MessageView.of(uncertain.resent(id, CurrentActor.get()));
	}

	@GetMapping("/inbox")
	@Transactional(readOnly = true)
	List<InboxView> inbox() {
		return inbox.findTop100ByRecipientTypeAndRecipientIdOrderByIdDesc(RecipientType.STAFF, CurrentActor.get().staffId())
			.stream().map(InboxView::of).toList();
	}

	@PostMapping("/inbox/{id}/read")
	InboxView read(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		InboxItem item = inbox.findById(id).filter(i -> i.getRecipientId() == actor.staffId())
			.orElseThrow(() -> new NotFoundException("Inbox item", id));
		item.read(clock.instant());
		return InboxView.of(item);
	}

	@GetMapping("/notification/templates/{code}")
	@Transactional(readOnly = true)
	List<TemplateView> versions(@PathVariable String code) {
		CurrentActor.get().requireAnyRole(Role.MANAGER);
		return templates.versions(code).stream().map(TemplateView::of).toList();
	}

	/** Saves a new version of a template; placeholders must be among {@link Templates#VARIABLES}. */
	@PutMapping("/notification/templates/{code}")
	TemplateView change(@PathVariable String code, @Valid @RequestBody TemplateChange request) {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.ADMIN);
		return TemplateView.of(templates.change(code, request.subject(), request.body(), actor.username()));
	}

	record TemplateChange(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 2000) String body) {
	}

	record TemplateView(String code, int version, String subject, String body, Instant createdAt, String createdBy) {

		static TemplateView of(Template t) {
			return new TemplateView(t.getCode(), t.getVersion(), t.getSubject(), t.getBody(), t.getCreatedAt(),
					t.getCreatedBy());
		}

	}

	record MessageView(long id, Long complaintId, String recipientType, Long recipientId, String recipientName,
			ChannelKind channel, String address, String subject, String body, String status, int attempts,
			Instant nextAttemptAt, String lastError, Instant createdAt, Instant claimedAt, Instant sentAt) {

		static MessageView of(Message m) {
			return new MessageView(m.getId(), m.getComplaintId(), m.getRecipientType().name(), m.getRecipientId(),
					m.getRecipientName(), m.getChannel(), m.getAddress(), m.getSubject(), m.getBody(),
					m.getStatus().name(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError(), m.getCreatedAt(),
					m.getClaimedAt(), m.getSentAt());
		}

	}

	record InboxView(long id, String subject, String body, Instant createdAt, Instant readAt) {

		static InboxView of(InboxItem i) {
			return new InboxView(i.getId(), i.getSubject(), i.getBody(), i.getCreatedAt(), i.getReadAt());
		}

	}

}
