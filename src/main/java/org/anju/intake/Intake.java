package org.anju.intake;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.NewComplaint;
import org.anju.complaint.Registration;
import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Actor;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one pipeline every channel uses. {@link #take} first keeps the raw message in a
 * transaction of its own — so nothing that arrived is lost — then lets the channel handle it in a
 * second one: identify the sender, then {@link #register} (which triages, merges duplicates and
 * assigns), {@link #thread} a reply, {@link #ignore} or {@link #quarantine}. A message seen
 * before (same channel and external id) is a replay and is not handled again; a handling that
 * fails quarantines the message with the reason.
 */
@Service
class Intake {

	private static final Logger log = LoggerFactory.getLogger(Intake.class);

	private static final String INSERT_DEFERRED = """
			insert into intake_message (channel, external_id, project_id, sender, subject, raw_key, raw_type, raw_size,
			    arrived_at, status, submitted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final InboundMessageRepository messages;

	private final RawStore raw;

	private final Complaints complaints;

	private final Directory directory;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Intake(InboundMessageRepository messages, RawStore raw, Complaints complaints, Directory directory,
			PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.raw = raw;
		this.complaints = complaints;
		this.directory = directory;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Keeps the message, then handles it (unless it is a replay); returns the message as it ended. */
	Taken take(Inbound inbound, Consumer<InboundMessage> handling) {
		Taken kept = keep(inbound, null);
		if (kept.replay()) {
			return kept;
		}
		long id = kept.message().getId();
		handle(id, handling);
		return new Taken(messages.findById(id).orElseThrow(), false);
	}

	/**
	 * Keeps the message in a transaction of its own, or finds it kept already (a replay); a
	 * {@code deferredFor} staff id leaves it waiting for {@link DeferredIntake}.
	 */
	Taken keep(Inbound inbound, Long deferredFor) {
		if (inbound.externalId() != null) {
			Optional<InboundMessage> seen = messages.findByChannelAndExternalId(inbound.channel(), inbound.externalId());
			if (seen.isPresent()) {
				return new Taken(seen.get(), true);
			}
		}
		try {
			return new Taken(transaction.execute(tx -> {
				InboundMessage message = new InboundMessage(inbound, raw.write(inbound.raw()));
				return messages.saveAndFlush(deferredFor == null ? message : message.deferredFor(deferredFor));
			}), false);
		}
		catch (DataIntegrityViolationException raced) { // the same message arrived twice at once
			return new Taken(messages.findByChannelAndExternalId(inbound.channel(), inbound.externalId()).orElseThrow(),
					true);
		}
	}

	/** A message for {@link DeferredIntake} to handle on behalf of a staff account, its raw bytes kept already. */
	InboundMessage deferred(Inbound inbound, long staffId) {
		return new InboundMessage(inbound, raw.write(inbound.raw())).deferredFor(staffId);
	}

	/**
	 * Keeps many {@link #deferred} messages in one transaction and one batched insert; returns
	 * their ids in order. A message seen before (same channel and external id) fails them all.
	 */
	List<Long> keepAll(List<InboundMessage> kept) {
		KeyHolder keys = new GeneratedKeyHolder();
		transaction.executeWithoutResult(tx -> jdbc.batchUpdate(
				con -> con.prepareStatement(INSERT_DEFERRED, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement row, int i) throws SQLException {
						InboundMessage m = kept.get(i);
						row.setString(1, m.getChannel().name());
						row.setString(2, m.getExternalId());
						row.setObject(3, m.getProjectId());
						row.setString(4, m.getSender());
						row.setString(5, m.getSubject());
						row.setString(6, m.getRawKey());
						row.setString(7, m.getRawType());
						row.setLong(8, m.getRawSize());
						row.setObject(9, m.getArrivedAt().atOffset(ZoneOffset.UTC));
						row.setString(10, m.getStatus().name());
						row.setLong(11, m.getSubmittedBy());
					}

					@Override
					public int getBatchSize() {
						return kept.size();
					}

				}, keys));
		return keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
	}

	/**
	 * Lets the channel handle a kept message in a transaction of its own, unless it was handled
	 * already; a handling that leaves it unhandled or fails quarantines it with the reason.
	 */
	void handle(long id, Consumer<InboundMessage> handling) {
		try {
			transaction.executeWithoutResult(tx -> {
				InboundMessage message = messages.findById(id).orElseThrow();
				if (message.getStatus() != InboundStatus.RECEIVED) {
					return;
				}
				handling.accept(message);
				if (message.getStatus() == InboundStatus.RECEIVED) {
					message.quarantine("the channel did not handle it", clock.instant());
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Inbound message {} quarantined: {}", id, ex.toString());
			transaction.executeWithoutResult(tx -> messages.findById(id).orElseThrow()
				.quarantine(describe(ex), clock.instant()));
		}
	}

	/** Registers the complaint (or merges it into the same person's open one) and records which. */
	Registration register(InboundMessage message, Draft draft, Actor actor) {
		return register(message, draft.toNewComplaint(), actor);
	}

	Registration register(InboundMessage message, NewComplaint request, Actor actor) {
		Registration registration = complaints.receive(request, actor);
		message.became(registration.merged() ? InboundStatus.MERGED : InboundStatus.ACCEPTED,
				registration.complaint(), clock.instant());
		return registration;
	}

	/** Adds a reply or follow-up to the complaint it belongs to. */
	Complaint thread(InboundMessage message, Complaint complaint, String text) {
		Complaint updated = complaints.addOwnerMessage(complaint.getId(), message.getChannel(), text, Actor.SYSTEM);
		message.became(InboundStatus.THREADED, updated, clock.instant());
		return updated;
	}

	void ignore(InboundMessage message, String reason) {
		message.ignore(reason, clock.instant());
	}

	void quarantine(InboundMessage message, String reason) {
		message.quarantine(reason, clock.instant());
	}

	/**
	 * The resident a channel address belongs to: the active one, the owner before family and
	 * tenants if several share it (one person owning two flats is told apart by the agent).
	 */
	Optional<ResidentRef> identify(List<ResidentRef> candidates) {
		return candidates.stream().filter(ResidentRef::active)
			.min(Comparator.comparing((ResidentRef r) -> r.relation().ordinal()).thenComparingLong(ResidentRef::id));
	}

	Optional<ResidentRef> byPhone(String phone) {
		return phone == null ? Optional.empty() : identify(directory.residentsByMobile(phone));
	}

	Optional<ResidentRef> byEmail(String email) {
		return email == null ? Optional.empty() : identify(directory.residentsByEmail(email));
	}

	Optional<ResidentRef> byWechat(String openId) {
		return openId == null ? Optional.empty() : identify(directory.residentsByWechatOpenId(openId));
	}

	byte[] rawOf(InboundMessage message) {
		return raw.read(message.getRawKey());
	}

	private static String describe(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return "invalid: " + invalid.errors().stream()
				.map(e -> e instanceof FieldError f ? f.field() + " " + f.message() : String.valueOf(e))
				.collect(Collectors.joining("; "));
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/** The message after intake, and whether it had been seen before. */
	record Taken(InboundMessage message, boolean replay) {

		boolean is(InboundStatus status) {
			return message.getStatus() == status;
		}

	}

}
