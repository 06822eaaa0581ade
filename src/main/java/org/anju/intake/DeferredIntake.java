package org.anju.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;

import org.anju.complaint.Channel;
import org.anju.complaint.ComplaintRequests.Register;
import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.intake.InboundController.MessageView;
import org.anju.organisation.Organisation;
import org.anju.platform.security.Actor;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake for integrations that send many complaints (a call-centre system, the company's app
 * backend): a complaint is checked as the complaint API checks it — a bad one is refused with its
 * field errors — then only kept, and the sender is answered at once with the message to follow.
 * Triage, routing, assignment and the owner's acknowledgement happen right after, in the
 * background ({@link #handleWaiting}), on behalf of the account that sent it; a message that
 * cannot be registered then is quarantined with the reason, like any channel's.
 */
@Service
class DeferredIntake {

	static final String RAW_TYPE = "application/json";

	static final int MAX_BATCH = 500;

	private final Intake intake;

	private final InboundMessageRepository messages;

	private final Complaints complaints;

	private final Organisation organisation;

	private final JsonMapper json;

	private final Validator validator;

	private final Clock clock;

	private final Directory directory;

	/** The lanes registering side by side ({@code anju.intake.deferred.workers}). */
	private final int workers;

	private final ExecutorService lanes;

	DeferredIntake(Intake intake, InboundMessageRepository messages, Complaints complaints, Organisation organisation,
			JsonMapper json, Validator validator, Clock clock, Directory directory,
			@Value("${anju.intake.deferred.workers:4}") int workers) {
		this.intake = intake;
		this.messages = messages;
		this.complaints = complaints;
		this.organisation = organisation;
		this.json = json;
		this.validator = validator;
		this.clock = clock;
		this.directory = directory;
		this.workers = Math.max(1, workers);
		AtomicInteger n = new AtomicInteger();
		this.lanes = Executors.newFixedThreadPool(this.workers, task -> {
			Thread thread = new Thread(task, "intake-lane-" + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		lanes.shutdown();
	}

	/**
	 * Checks and keeps a complaint; {@code key} (the client's Idempotency-Key) makes a repeated
	 * request a replay that returns the message kept the first time.
	 */
	Intake.Taken submit(byte[] raw, String key, Actor actor) {
		Register request = read(raw);
		long projectId = complaints.checkedProject(request.toCommand(), actor);
		String externalId = externalId("api:", key, actor);
		return intake.keep(new Inbound(request.channel(), externalId, projectId, actor.username(),
				request.title(), raw, RAW_TYPE, clock.instant()), actor.staffId());
	}

	/**
	 * Checks and keeps a batch ({@code {"complaints": [...]}}, at most {@link #MAX_BATCH}) in one
	 * transaction: all are kept, or none if any is refused (400, every error named by its place).
	 * With a {@code key}, each complaint's external id is the key and its place, so a repeated
	 * request is a replay that returns all the messages kept the first time, whatever it holds.
	 */
	Batch submitAll(byte[] raw, String key, Actor actor) {
		List<JsonNode> items = items(raw);
		String batchId = externalId("api-batch:", key, actor);
		if (batchId != null) {
			List<MessageView> seen = seen(batchId);
			if (!seen.isEmpty()) {
				return new Batch(seen, true);
			}
		}
		List<FieldError> errors = new ArrayList<>();
		List<Register> requests = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			String place = "complaints[" + i + "]";
			try {
				Register request = json.treeToValue(items.get(i), Register.class);
				errors.addAll(Validation.errors(validator, request, place + "."));
				requests.add(request);
			}
			catch (JacksonException ex) {
				errors.add(new FieldError(place, "not a complaint: " + ex.getOriginalMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<Long> projects = complaints.checkedProjects(requests.stream().map(Register::toCommand).toList(), actor);
		List<InboundMessage> kept = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			Register request = requests.get(i);
			kept.add(intake.deferred(new Inbound(request.channel(), batchId == null ? null : batchId + "#" + i,
					projects.get(i), actor.username(), request.title(), json.writeValueAsBytes(items.get(i)), RAW_TYPE,
					clock.instant()), actor.staffId()));
		}
		try {
			List<Long> ids = intake.keepAll(kept);
			return new Batch(IntStream.range(0, ids.size()).mapToObj(i -> MessageView.of(ids.get(i), kept.get(i)))
				.toList(), false);
		}
		catch (DataIntegrityViolationException raced) {
			if (batchId == null) {
				throw raced;
			}
			return new Batch(seen(batchId), true); // the same batch sent twice at once
		}
	}

	/**
	 * Handles the messages that wait, oldest first, up to {@code max}; returns how many it took.
	 * They are registered on several lanes at once — one registration mostly waits on the
	 * database — but each person's messages on one lane, in order ({@link Lanes}).
	 */
	int handleWaiting(int max) {
		List<Long> waiting = messages.waiting(InboundStatus.RECEIVED, Limit.of(max));
		Map<Long, Register> requests = requests(waiting);
		Lanes.of(waiting, people(requests), workers).stream()
			.map(lane -> CompletableFuture.runAsync(() -> lane.forEach(id -> intake.handle(id,
					message -> register(message, requests.get(id)))), lanes))
			.toList()
			.forEach(CompletableFuture::join);
		return waiting.size();
	}

	/** The messages' complaints, read and checked once; one that cannot be read is left out (its handling quarantines it). */
	private Map<Long, Register> requests(List<Long> ids) {
		Map<Long, Register> requests = new HashMap<>();
		for (InboundMessage message : messages.findAllById(ids)) {
			try {
				requests.put(message.getId(), read(intake.rawOf(message)));
			}
			catch (RuntimeException unreadable) {
				// on a lane of its own, read again when handled, which records why it fails
			}
		}
		return requests;
	}

	/** Who each message is from, as the duplicate and repeat checks tell people apart: resident, household, phone, e-mail. */
	private Map<Long, Set<String>> people(Map<Long, Register> requests) {
		Map<Long, ResidentRef> residents = directory.residents(requests.values().stream().map(Register::residentId)
			.filter(Objects::nonNull).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(ResidentRef::id, Function.identity()));
		Map<Long, Set<String>> people = new HashMap<>();
		requests.forEach((id, request) -> {
			ResidentRef resident = request.residentId() == null ? null : residents.get(request.residentId());
			Set<String> keys = new HashSet<>();
			addKey(keys, "r:", request.residentId());
			addKey(keys, "h:", resident != null ? Long.valueOf(resident.household().id()) : request.householdId());
			addKey(keys, "p:", resident != null ? resident.mobile() : request.complainantPhone());
			addKey(keys, "e:", resident != null ? resident.email() : request.complainantEmail());
			people.put(id, keys);
		});
		return people;
	}

	private static void addKey(Set<String> keys, String kind, Object value) {
		if (value != null && !value.toString().isBlank()) {
			keys.add(kind + value.toString().strip());
		}
	}

	/** Registers the message's complaint ({@code request}: as read before, or null to read it now). */
	private void register(InboundMessage message, Register request) {
		Actor actor = organisation.activeActor(message.getSubmittedBy())
			.orElseThrow(() -> new IllegalStateException("the account that sent it is no longer active"));
		Register complaint = request != null ? request : read(intake.rawOf(message));
		intake.register(message, complaint.toCommand(message.getArrivedAt()), actor);
	}

	private List<JsonNode> items(byte[] raw) {
		JsonNode batch;
		try {
			batch = json.readTree(raw);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "not JSON: " + ex.getOriginalMessage());
		}
		JsonNode complaints = batch == null ? null : batch.get("complaints");
		if (complaints == null || !complaints.isArray() || complaints.isEmpty()) {
			throw new InvalidInputException("complaints", "a list of at least one complaint is required");
		}
		if (complaints.size() > MAX_BATCH) {
			throw new InvalidInputException("complaints", "at most " + MAX_BATCH + " complaints in one batch");
		}
		List<JsonNode> items = new ArrayList<>(complaints.size());
		for (int i = 0; i < complaints.size(); i++) {
			if (!complaints.get(i).isObject()) {
				throw new InvalidInputException("complaints[" + i + "]", "is not a complaint");
			}
			items.add(complaints.get(i));
		}
		return items;
	}

	/** The messages of the batch sent first with this id, in its order; none if there was none. */
	private List<MessageView> seen(String batchId) {
		return messages.findByChannelInAndExternalIdStartingWithOrderById(EnumSet.allOf(Channel.class), batchId + "#")
			.stream().map(MessageView::of).toList();
	}

	/** The client's key as an external id, its own per account and per endpoint. */
	private static String externalId(String endpoint, String key, Actor actor) {
		String externalId = key == null || key.isBlank() ? null : endpoint + actor.staffId() + ":" + key.strip();
		if (externalId != null && key.strip().length() > 200) {
			throw new InvalidInputException("Idempotency-Key", "at most 200 characters");
		}
		return externalId;
	}

	private Register read(byte[] raw) {
		Register request;
		try {
			request = json.readValue(raw, Register.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "not a complaint in JSON: " + ex.getOriginalMessage());
		}
		if (request == null) {
			throw new InvalidInputException("body", "is required");
		}
		Validation.check(validator, request);
		return request;
	}

	/** The messages a batch was kept as, in its order, and whether it had been sent before. */
	record Batch(List<MessageView> messages, boolean replay) {
	}

}
