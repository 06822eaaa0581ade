package org.anju.intake;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Validator;

import org.anju.complaint.ComplaintRequests.Register;
import org.anju.complaint.Complaints;
import org.anju.organisation.Organisation;
import org.anju.platform.security.Actor;
import org.anju.platform.web.InvalidInputException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
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

	private final Intake intake;

	private final InboundMessageRepository messages;

	private final Complaints complaints;

	private final Organisation organisation;

	private final JsonMapper json;

	private final Validator validator;

	private final Clock clock;

	DeferredIntake(Intake intake, InboundMessageRepository messages, Complaints complaints, Organisation organisation,
			JsonMapper json, Validator validator, Clock clock) {
		this.intake = intake;
		this.messages = messages;
		this.complaints = complaints;
		this.organisation = organisation;
		this.json = json;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * Checks and keeps a complaint; {@code key} (the client's Idempotency-Key) makes a repeated
	 * request a replay that returns the message kept the first time.
	 */
	Intake.Taken submit(byte[] raw, String key, Actor actor) {
		Register request = read(raw);
		long projectId = complaints.checkedProject(request.toCommand(), actor);
		String externalId = key == null || key.isBlank() ? null : "api:" + actor.staffId() + ":" + key.strip();
		if (externalId != null && externalId.length() > 250) {
			throw new InvalidInputException("Idempotency-Key", "at most 200 characters");
		}
		return intake.keep(new Inbound(request.channel(), externalId, projectId, actor.username(),
				request.title(), raw, RAW_TYPE, clock.instant()), actor.staffId());
	}

	/** Handles the messages that wait, oldest first, up to {@code max}; returns how many it took. */
	int handleWaiting(int max) {
		List<Long> waiting = messages.waiting(InboundStatus.RECEIVED, Limit.of(max));
		waiting.forEach(id -> intake.handle(id, this::register));
		return waiting.size();
	}

	private void register(InboundMessage message) {
		Actor actor = organisation.activeActor(message.getSubmittedBy())
			.orElseThrow(() -> new IllegalStateException("the account that sent it is no longer active"));
		intake.register(message, read(intake.rawOf(message)).toCommand(message.getArrivedAt()), actor);
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

}
