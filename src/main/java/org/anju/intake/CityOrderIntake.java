package org.anju.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.Registration;
import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.intake.Intake.Taken;
import org.anju.platform.security.Actor;
import org.anju.platform.tables.TableFile;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * 12345 city-hotline work orders into complaints. Each order — sent alone as JSON or as a row of
 * an exported file — is its own inbound message, known by its order number: a re-import is a
 * replay, never a second complaint. The caller is a resident of the project if their phone says
 * so, else someone known by what the order gives; the order's number and deadline go with the
 * complaint (its resolution deadline is the city's when that is stricter). A row that cannot be
 * read is quarantined with its raw content and the reason.
 */
@Service
class CityOrderIntake {

	private final Intake intake;

	private final Directory directory;

	private final Complaints complaints;

	private final CityOrderEntryRepository orders;

	private final Clock clock;

	CityOrderIntake(Intake intake, Directory directory, Complaints complaints, CityOrderEntryRepository orders,
			Clock clock) {
		this.intake = intake;
		this.directory = directory;
		this.complaints = complaints;
		this.orders = orders;
		this.clock = clock;
	}

	/** What became of one order. */
	enum Status {
		ACCEPTED, MERGED, REPLAY, QUARANTINED
	}

	record Outcome(String orderNumber, Status status, long messageId, Long complaintId, String complaintNumber,
			boolean merged, Instant dueAt, String reason) {
	}

	/** One order of a file, by its row number. */
	record RowOutcome(int row, Outcome outcome) {
	}

	/** Takes an order that passed its checks; {@code raw} is what the city sent for it. */
	Outcome take(long projectId, CityOrder order, byte[] raw, String rawType, Actor actor) {
		Inbound inbound = new Inbound(Channel.HOTLINE_12345, order.orderNumber(), projectId,
				order.callerName() + " " + order.callerPhone(), subject(order.orderNumber()), raw, rawType,
				clock.instant());
		Taken taken = intake.take(inbound, message -> register(message, projectId, order, actor));
		InboundMessage message = taken.message();
		if (taken.replay() && !Long.valueOf(projectId).equals(message.getProjectId())) {
			return quarantine(projectId, order.orderNumber(), raw, rawType,
					"order " + order.orderNumber() + " was imported for another project");
		}
		Optional<CityOrderEntry> entry = orders.findByOrderNumber(order.orderNumber());
		Status status = taken.replay() ? Status.REPLAY
				: switch (message.getStatus()) {
					case ACCEPTED -> Status.ACCEPTED;
					case MERGED -> Status.MERGED;
					default -> Status.QUARANTINED;
				};
		return new Outcome(order.orderNumber(), status, message.getId(), message.getComplaintId(),
				message.getComplaintNumber(), message.getStatus() == InboundStatus.MERGED,
				entry.map(CityOrderEntry::getDueAt).orElse(order.dueAt()), message.getReason());
	}

	/** Takes every row of an exported file, each on its own: good rows become complaints, bad ones wait in quarantine. */
	List<RowOutcome> takeAll(long projectId, TableFile file, Actor actor) {
		if (file.rows().isEmpty()) {
			throw new InvalidInputException("file", "holds no orders");
		}
		Map<CityOrderField, Integer> columns = columns(file.header());
		List<RowOutcome> outcomes = new ArrayList<>();
		for (TableFile.Row line : file.rows()) {
			List<FieldError> errors = new ArrayList<>();
			CityOrder order = CityOrder.read(f -> columns.containsKey(f) ? line.cell(columns.get(f)) : null,
					clock.getZone(), clock.instant(), errors);
			byte[] raw = file.csv(line);
			outcomes.add(new RowOutcome(line.number(), order != null ? take(projectId, order, raw, "text/csv", actor)
					: quarantine(projectId, line.cell(columns.get(CityOrderField.ORDER_NUMBER)), raw, "text/csv",
							"row " + line.number() + ": " + errors.stream().map(e -> e.field() + " " + e.message())
								.collect(Collectors.joining("; ")))));
		}
		return outcomes;
	}

	/**
	 * Keeps what could not be taken, without its order number as the external id: the corrected
	 * order, imported again, must not look like a replay of the broken one.
	 */
	private Outcome quarantine(long projectId, String orderNumber, byte[] raw, String rawType, String reason) {
		String number = orderNumber == null || orderNumber.isBlank() ? null : orderNumber;
		Inbound inbound = new Inbound(Channel.HOTLINE_12345, null, projectId, null, subject(number), raw, rawType,
				clock.instant());
		InboundMessage message = intake.take(inbound, m -> intake.quarantine(m, reason)).message();
		return new Outcome(number, Status.QUARANTINED, message.getId(), null, null, false, null, reason);
	}

	private void register(InboundMessage message, long projectId, CityOrder order, Actor actor) {
		Draft draft = new Draft(Channel.HOTLINE_12345, message.getArrivedAt());
		caller(projectId, order.callerPhone()).ifPresentOrElse(draft::from,
				() -> draft.from(projectId, order.callerName(), order.callerPhone(), null, order.address()));
		draft.receivedAt(order.receivedAt())
			.text(null, order.content())
			.location(order.address())
			.external(order.orderNumber(), order.dueAt());
		Registration registration = intake.register(message, draft, actor);
		Complaint complaint = registration.merged()
				? complaints.refer(registration.complaint().getId(), order.orderNumber(), order.dueAt(), actor)
				: registration.complaint();
		orders.save(new CityOrderEntry(order, message, complaint));
	}

	/** A resident of this project with the caller's phone; a resident of another project does not count. */
	private Optional<ResidentRef> caller(long projectId, String phone) {
		return intake.identify(directory.residentsByMobile(phone).stream()
			.filter(r -> r.household().projectId() == projectId)
			.toList());
	}

	/** Where each field's column is; refuses a file that lacks a required one. */
	private static Map<CityOrderField, Integer> columns(List<String> header) {
		Map<CityOrderField, Integer> columns = new EnumMap<>(CityOrderField.class);
		for (int i = 0; i < header.size(); i++) {
			int column = i;
			CityOrderField.byHeader(header.get(i)).ifPresent(f -> columns.putIfAbsent(f, column));
		}
		List<String> missing = Arrays.stream(CityOrderField.values())
			.filter(f -> f.isRequired() && !columns.containsKey(f))
			.map(CityOrderField::label)
			.toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "lacks the columns " + String.join(", ", missing));
		}
		return columns;
	}

	private static String subject(String orderNumber) {
		return orderNumber == null ? "12345 工单" : "12345 工单 " + orderNumber;
	}

}
