package org.anju.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintAssigned;
import org.anju.complaint.ComplaintEscalated;
import org.anju.complaint.ComplaintRegistered;
import org.anju.complaint.ComplaintReopened;
import org.anju.complaint.ComplaintResolved;
import org.anju.feedback.RatingReminderDue;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.ComplaintStatusChanged;
import org.anju.complaint.Complaints;
import org.anju.complaint.OwnerMessageReceived;
import org.anju.complaint.ProgressShared;
import org.anju.complaint.StaffAlerted;
import org.anju.directory.Directory;
import org.anju.notification.Message.RecipientType;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.sla.ProgressUpdateDue;
import org.anju.sla.SlaQueries;
import org.anju.sla.SlaWarningRaised;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.anju.triage.Urgency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears what when a complaint changes, and queues it in the outbox in the same
 * transaction. Owners hear of receipt, assignment, public progress notes, hold, resolution and
 * reopening on their
 * preferred channel (then SMS, e-mail and the inbox as fallbacks); staff hear of new assignments,
 * deadline warnings, due progress updates, alerts and escalations in their inbox, and by SMS too
 * when it is an emergency.
 */
@Component
class Notifier {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final Outbox outbox;

	private final Templates templates;

	private final Complaints complaints;

	private final Directory directory;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final SlaQueries deadlines;

	private final ProjectChannels channels;

	private final Clock clock;

	private final String portalUrl;

	Notifier(Outbox outbox, Templates templates, Complaints complaints, Directory directory, Organisation organisation,
			Taxonomy taxonomy, SlaQueries deadlines, ProjectChannels channels, Clock clock,
			@Value("${anju.portal.public-url:http://localhost:8080}") String portalUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.complaints = complaints;
		this.directory = directory;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.deadlines = deadlines;
		this.channels = channels;
		this.clock = clock;
		this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
	}

	/** The acknowledgement goes back on the channel the complaint came in on, where the owner has it. */
	@EventListener
	void on(ComplaintRegistered event) {
		Complaint c = complaint(event.complaintId());
		toOwner(c, "ACKNOWLEDGED", "ack:" + c.getId(), Map.of(), answeringOn(c.getChannel()));
	}

	@EventListener
	void on(OwnerMessageReceived event) {
		Complaint c = complaint(event.complaintId());
		if (c.getAssigneeId() == null) {
			return;
		}
		String key = "owner-message:" + c.getId() + ":" + c.getVersion();
		organisation.staff(c.getAssigneeId()).ifPresent(staff -> toStaff(c, staff, "STAFF_OWNER_MESSAGE", key,
				Map.of("reason", event.text().length() <= 200 ? event.text() : event.text().substring(0, 200) + "…")));
	}

	@EventListener
	void on(ComplaintAssigned event) {
		Complaint c = complaint(event.complaintId());
		String key = "assigned:" + c.getId() + ":" + event.assigneeId() + ":" + c.getAssignedAt().toEpochMilli();
		toOwner(c, "ASSIGNED", key, Map.of());
		organisation.staff(event.assigneeId()).ifPresent(staff -> toStaff(c, staff, "STAFF_ASSIGNED", key, Map.of()));
	}

	@EventListener
	void on(ComplaintStatusChanged event) {
		if (event.to() == ComplaintStatus.ON_HOLD) {
			Complaint c = complaint(event.complaintId());
			toOwner(c, "ON_HOLD", "hold:" + c.getId() + ":" + event.at().toEpochMilli(),
					Map.of("reason", c.getHoldReason(), "date", String.valueOf(c.getHoldUntil())));
		}
	}

	@EventListener
	void on(ComplaintResolved event) {
		Complaint c = complaint(event.complaintId());
		toOwner(c, "RESOLVED", "resolved:" + c.getId() + ":" + event.at().toEpochMilli(),
				Map.of("reason", c.getResolution()));
	}

	@EventListener
	void on(ProgressShared event) {
		Complaint c = complaint(event.complaintId());
		toOwner(c, "PROGRESS", "progress:" + c.getId() + ":" + event.at().toEpochMilli(), Map.of("reason", event.text()));
	}

	/** The owner has not rated the resolution yet: once, a reminder with the link to rate it. */
	@EventListener
	void on(RatingReminderDue event) {
		Complaint c = complaint(event.complaintId());
		toOwner(c, "RATING_REMINDER", "rating-reminder:" + c.getId() + ":" + event.round(),
				Map.of("link", portalUrl + "/owner/complaints/" + c.getId()));
	}

	@EventListener
	void on(ComplaintReopened event) {
		Complaint c = complaint(event.complaintId());
		toOwner(c, "REOPENED", "reopened:" + c.getId() + ":" + event.reopenCount(), Map.of());
	}

	@EventListener
	void on(SlaWarningRaised event) {
		if (event.assigneeId() == null) {
			return;
		}
		Complaint c = complaint(event.complaintId());
		organisation.staff(event.assigneeId()).ifPresent(staff -> toStaff(c, staff, "STAFF_WARNING",
				"warning:" + c.getId() + ":" + event.clock() + ":" + event.due().toEpochMilli(),
				Map.of("clock", event.clock().name(), "expected", when(event.due()))));
	}

	@EventListener
	void on(ComplaintEscalated event) {
		Complaint c = complaint(event.complaintId());
		String department = c.getClassification().department() == null ? "CUSTOMER_SERVICE"
				: c.getClassification().department();
		List<StaffRef> told = event.level() >= 2 ? organisation.managers(c.getProjectId())
				: organisation.supervisors(c.getProjectId(), department);
		String key = "escalated:" + c.getId() + ":" + event.level();
		told.forEach(staff -> toStaff(c, staff, "STAFF_ESCALATION", key,
				Map.of("level", String.valueOf(event.level()), "reason", event.reason())));
	}

	/** Tells the complainant and, when their household asks for it, its other members. */
	@EventListener
	void on(StaffAlerted event) {
		Complaint c = complaint(event.complaintId());
		String key = "alert:" + c.getId() + ":" + Integer.toHexString(event.reason().hashCode());
		event.staffIds().forEach(id -> organisation.staff(id)
			.ifPresent(staff -> toStaff(c, staff, "STAFF_ALERT", key, Map.of("reason", event.reason()))));
	}

	@EventListener
	void on(ProgressUpdateDue event) {
		if (event.assigneeId() == null) {
			return;
		}
		Complaint c = complaint(event.complaintId());
		organisation.staff(event.assigneeId()).ifPresent(staff -> toStaff(c, staff, "STAFF_UPDATE_DUE",
				"update-due:" + c.getId() + ":" + clock.instant().toEpochMilli(), Map.of()));
	}

	private void toOwner(Complaint c, String template, String key, Map<String, String> extra) {
		toOwner(c, template, key, extra, null);
	}

	private void toOwner(Complaint c, String template, String key, Map<String, String> extra, ChannelKind first) {
		Recipient found = owner(c);
		Recipient complainant = found == null ? null : found.preferring(first);
		if (complainant == null) {
			return;
		}
		List<Recipient> recipients = new ArrayList<>(List.of(complainant));
		if (c.getHouseholdId() != null && complainant.type() == RecipientType.RESIDENT) {
			directory.residentsOf(c.getHouseholdId()).stream()
				.filter(r -> r.household().notifyAllMembers() && r.active() && r.id() != complainant.id())
				.map(Recipients::resident)
				.forEach(recipients::add);
		}
		for (Recipient all : recipients) {
			Recipient recipient = channels.restrict(all, c.getProjectId());
			Map<String, String> values = values(c, recipient.name());
			values.putAll(extra);
			String[] text = templates.render(template, values);
			outbox.queue(key, c.getId(), recipient, text[0], text[1],
					c.getClassification().urgency() == Urgency.EMERGENCY);
		}
	}

	private void toStaff(Complaint c, StaffRef staff, String template, String key, Map<String, String> extra) {
		boolean emergency = c.getClassification().urgency() == Urgency.EMERGENCY;
		Map<ChannelKind, String> addresses = new LinkedHashMap<>();
		addresses.put(ChannelKind.INBOX, staff.username());
		Map<String, String> values = values(c, staff.displayName());
		values.put("assignee", staff.displayName());
		values.putAll(extra);
		String[] text = templates.render(template, values);
		outbox.queue(key, c.getId(), new Recipient(RecipientType.STAFF, staff.id(), staff.displayName(), null, addresses),
				text[0], text[1], true);
		if (emergency && staff.mobile() != null) {
			outbox.queue(key + ":sms", c.getId(), new Recipient(RecipientType.STAFF, staff.id(), staff.displayName(),
					null, Map.of(ChannelKind.SMS, staff.mobile())), text[0], text[1], true);
		}
	}

	/** The complainant with their addresses, preferred channel first. */
	private Recipient owner(Complaint c) {
		if (c.getResidentId() == null) {
			Map<ChannelKind, String> addresses = new LinkedHashMap<>();
			String phone = c.getComplainant().phone();
			if (phone != null && phone.matches("1\\d{10}")) {
				addresses.put(ChannelKind.SMS, phone);
			}
			if (c.getComplainant().email() != null) {
				addresses.put(ChannelKind.EMAIL, c.getComplainant().email());
			}
			return addresses.isEmpty() ? null
					: new Recipient(RecipientType.CALLER, null, c.getComplainant().name(), c.getHouseholdId(), addresses)
						.preferring(answeringOn(c.getChannel()));
		}
		return directory.resident(c.getResidentId()).map(Recipients::resident).orElse(null);
	}

	private static ChannelKind answeringOn(Channel channel) {
		return switch (channel) {
			case EMAIL -> ChannelKind.EMAIL;
			case WECHAT -> ChannelKind.WECHAT;
			case APP -> ChannelKind.INBOX;
			default -> null; // a caller heard the number on the phone; the written word follows their preference
		};
	}

	private Map<String, String> values(Complaint c, String name) {
		Map<String, String> values = new HashMap<>();
		values.put("salutation", name == null || name.isBlank() ? "业主" : name.substring(0, 1) + "业主");
		values.put("number", c.getNumber());
		values.put("title", c.getTitle());
		values.put("topic", taxonomy.topic(c.getClassification().topic()).map(Topic::nameZh).orElse(""));
		values.put("department", c.getClassification().department() == null ? ""
				: organisation.departmentName(c.getProjectId(), c.getClassification().department()));
		values.put("assignee", c.getAssigneeId() == null ? ""
				: organisation.staff(c.getAssigneeId()).map(StaffRef::displayName).orElse(""));
		values.put("expected", deadlines.resolutionDue(c.getId()).map(this::when).orElse("尽快"));
		values.put("urgency", String.valueOf(c.getClassification().urgency()));
		return values;
	}

	private String when(Instant instant) {
		return WHEN.format(instant.atZone(clock.getZone()));
	}

	private Complaint complaint(long id) {
		return complaints.get(id, Actor.SYSTEM);
	}

}
