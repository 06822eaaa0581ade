package org.anju.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.anju.complaint.Attachment;
import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.TimelineEntry;
import org.anju.complaint.Visibility;
import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.intake.Intake.Taken;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Owner;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * What owners do themselves from the portal, the app or the mini-program: complain, follow their
 * household's complaints and add to them. Everything they send goes through the intake pipeline
 * (kept raw, merged with the same complaint sent a moment ago on another channel); they see their
 * own household's complaints and only the public part of each timeline.
 */
@Service
class OwnerIntake {

	private final Intake intake;

	private final Complaints complaints;

	private final Directory directory;

	private final Clock clock;

	OwnerIntake(Intake intake, Complaints complaints, Directory directory, Clock clock) {
		this.intake = intake;
		this.complaints = complaints;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Takes an owner's complaint. A retry with the same idempotency key (a flaky mobile network)
	 * is recognised and answered with the first outcome.
	 */
	Taken submit(Owner owner, Channel via, String title, String content, String location, String idempotencyKey,
			byte[] raw) {
		ResidentRef resident = resident(owner);
		Instant arrivedAt = clock.instant();
		String externalId = idempotencyKey == null ? null : "owner:" + owner.residentId() + ":" + idempotencyKey;
		Inbound inbound = new Inbound(via, externalId, owner.projectId(), resident.name(), title, raw,
				"application/json", arrivedAt);
		return intake.take(inbound, message -> intake.register(message,
				new Draft(via, arrivedAt).from(resident).text(title, content).location(location), Actor.SYSTEM));
	}

	/** The owner adds to one of their household's open complaints. */
	Taken addMessage(Owner owner, long complaintId, Channel via, String text, byte[] raw) {
		ResidentRef resident = resident(owner);
		Complaint complaint = complaint(owner, complaintId);
		if (complaint.getStatus() == ComplaintStatus.CANCELLED) {
			throw new ConflictException("Complaint " + complaint.getNumber() + " was withdrawn; please submit a new one");
		}
		Inbound inbound = new Inbound(via, null, owner.projectId(), resident.name(), complaint.getNumber(), raw,
				"application/json", clock.instant());
		return intake.take(inbound, message -> intake.thread(message, complaint, text));
	}

	/** A photo or document the owner adds to their complaint (checked like any upload). */
	Attachment attach(Owner owner, long complaintId, MultipartFile file) {
		complaint(owner, complaintId);
		return complaints.attach(complaintId, file, Actor.SYSTEM);
	}

	Complaints.AttachmentContent attachment(Owner owner, long complaintId, long attachmentId) {
		complaint(owner, complaintId);
		return complaints.attachment(complaintId, attachmentId, Actor.SYSTEM);
	}

	List<Complaint> complaints(Owner owner) {
		resident(owner);
		return complaints.ofHousehold(owner.householdId(), Actor.SYSTEM);
	}

	/** One of the household's complaints; any other is "not found", so that numbers reveal nothing. */
	Complaint complaint(Owner owner, long id) {
		resident(owner);
		Complaint complaint = complaints.get(id, Actor.SYSTEM);
		if (complaint.getHouseholdId() == null || complaint.getHouseholdId() != owner.householdId()) {
			throw new NotFoundException("Complaint", id);
		}
		return complaint;
	}

	List<TimelineEntry> publicTimeline(Owner owner, long id) {
		complaint(owner, id);
		return complaints.timeline(id, Actor.SYSTEM).stream().filter(e -> e.getVisibility() == Visibility.PUBLIC)
			.toList();
	}

	/** The owner as the roster knows them now: a moved-out or deactivated resident may no longer act. */
	private ResidentRef resident(Owner owner) {
		return directory.resident(owner.residentId())
			.filter(r -> r.active() && r.household().id() == owner.householdId())
			.orElseThrow(() -> new AccessDeniedException("Resident " + owner.residentId() + " is no longer active here"));
	}

}
