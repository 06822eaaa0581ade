package org.anju.intake;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.complaint.ComplaintStatus;
import org.anju.intake.CityOrderIntake.Outcome;
import org.anju.intake.CityOrderIntake.RowOutcome;
import org.anju.intake.CityOrderIntake.Status;
import org.anju.intake.CityOrderReplies.Listed;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.tables.TableFile;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 12345 work orders: imported one at a time (the JSON the city platform or an agent sends) or as
 * an exported file, answered to the city, and listed by deadline.
 */
@RestController
@RequestMapping("/api/v1/intake/city-orders")
class CityOrderController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CityOrderIntake intake;

	private final CityOrderReplies replies;

	private final Clock clock;

	private final int maxRows;

	private final DataSize maxFileSize;

	CityOrderController(CityOrderIntake intake, CityOrderReplies replies, Clock clock,
			@Value("${anju.intake.city.max-rows:2000}") int maxRows,
			@Value("${anju.intake.city.max-file-size:5MB}") DataSize maxFileSize) {
		this.intake = intake;
		this.replies = replies;
		this.clock = clock;
		this.maxRows = maxRows;
		this.maxFileSize = maxFileSize;
	}

	/**
	 * One order; the body is kept as it came. 201 for a new complaint (or one merged into an open
	 * complaint), 200 for an order imported before, 202 if it was kept but quarantined.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Imported> importOrder(@RequestBody byte[] body) {
		requireDesk(CurrentActor.get());
		JsonNode json = readObject(body);
		List<FieldError> errors = new ArrayList<>();
		JsonNode project = json.get("projectId");
		if (project == null || !project.canConvertToLong() || !project.isIntegralNumber()) {
			errors.add(new FieldError("projectId", "is required, a number"));
		}
		for (CityOrderField field : CityOrderField.values()) {
			JsonNode value = json.get(field.key());
			if (value != null && !value.isNull() && !value.isValueNode()) {
				errors.add(new FieldError(field.key(), "must be text"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		CityOrder order = CityOrder.read(f -> json.hasNonNull(f.key()) ? json.get(f.key()).asString() : null,
				clock.getZone(), clock.instant(), errors);
		if (order == null) {
			throw new InvalidInputException(errors);
		}
		long projectId = project.asLong();
		Outcome outcome = intake.take(projectId, order, body, MediaType.APPLICATION_JSON_VALUE,
				CurrentActor.inProject(projectId));
		Imported imported = Imported.of(outcome);
		return switch (outcome.status()) {
			case ACCEPTED, MERGED -> ResponseEntity.created(URI.create("/api/v1/complaints/" + outcome.complaintId()))
				.body(imported);
			case REPLAY -> ResponseEntity.ok(imported);
			case QUARANTINED -> ResponseEntity.status(HttpStatus.ACCEPTED).body(imported);
		};
	}

	/** An exported file (.xlsx, or .csv in UTF-8 or GBK): each row is taken on its own and reported. */
	@PostMapping(path = "/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Batch importFile(@RequestParam long projectId, @RequestPart MultipartFile file) throws IOException {
		Actor actor = CurrentActor.inProject(projectId);
		requireDesk(actor);
		if (file.getSize() > maxFileSize.toBytes()) {
			throw new InvalidInputException("file", "is larger than " + maxFileSize);
		}
		TableFile orders = TableFile.read(file.getOriginalFilename(), file.getBytes(), maxRows);
		return Batch.of(intake.takeAll(projectId, orders, actor));
	}

	/** Records the reply sent to the city; 409 if the order was answered already. */
	@PostMapping("/{orderNumber}/reply")
	OrderView reply(@PathVariable String orderNumber, @Valid @RequestBody Reply request) {
		return OrderView.of(replies.reply(orderNumber, request.text().strip(), request.repliedAt(), CurrentActor.get()),
				clock.instant());
	}

	/** A project's orders by deadline; {@code replied=false} lists those still to answer, the overdue flagged. */
	@GetMapping
	List<OrderView> list(@RequestParam long projectId, @RequestParam(required = false) Boolean replied) {
		Instant now = clock.instant();
		return replies.list(projectId, replied, CurrentActor.inProject(projectId)).stream()
			.map(l -> OrderView.of(l, now))
			.toList();
	}

	private static JsonNode readObject(byte[] body) {
		try {
			JsonNode json = JSON.readTree(body);
			if (json != null && json.isObject()) {
				return json;
			}
		}
		catch (JacksonException ex) {
			// answered below
		}
		throw new InvalidInputException("body", "is not a JSON object");
	}

	private static void requireDesk(Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
	}

	record Imported(Long complaintId, String number, String orderNumber, boolean merged, Instant dueAt, Status status,
			long messageId, String reason) {

		static Imported of(Outcome o) {
			return new Imported(o.complaintId(), o.complaintNumber(), o.orderNumber(), o.merged(), o.dueAt(),
					o.status(), o.messageId(), o.reason());
		}

	}

	record Batch(int rows, long accepted, long merged, long replayed, long quarantined, List<BatchRow> results) {

		static Batch of(List<RowOutcome> outcomes) {
			List<BatchRow> rows = outcomes.stream().map(BatchRow::of).toList();
			return new Batch(rows.size(), count(rows, Status.ACCEPTED), count(rows, Status.MERGED),
					count(rows, Status.REPLAY), count(rows, Status.QUARANTINED), rows);
		}

		private static long count(List<BatchRow> rows, Status status) {
			return rows.stream().filter(r -> r.status() == status).count();
		}

	}

	record BatchRow(int row, String orderNumber, Status status, Long complaintId, String complaintNumber,
			long messageId, String reason) {

		static BatchRow of(RowOutcome r) {
			Outcome o = r.outcome();
			return new BatchRow(r.row(), o.orderNumber(), o.status(), o.complaintId(), o.complaintNumber(),
					o.messageId(), o.reason());
		}

	}

	record Reply(@NotBlank @Size(max = 2000) String text, Instant repliedAt) {
	}

	/** {@code overdue}: not answered and past the city's deadline; {@code late}: answered after it. */
	record OrderView(String orderNumber, long projectId, long complaintId, String complaintNumber,
			ComplaintStatus complaintStatus, String category, Instant receivedAt, Instant dueAt, String reply,
			Instant repliedAt, String repliedBy, boolean overdue, boolean late) {

		static OrderView of(Listed listed, Instant now) {
			CityOrderEntry o = listed.order();
			return new OrderView(o.getOrderNumber(), o.getProjectId(), o.getComplaintId(), o.getComplaintNumber(),
					listed.status(), o.getCategory(), o.getReceivedAt(), o.getDueAt(), o.getReplyText(),
					o.getRepliedAt(), o.getRepliedBy(), o.isOverdue(now), o.isLate());
		}

	}

}
