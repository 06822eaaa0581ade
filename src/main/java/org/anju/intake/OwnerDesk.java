package org.anju.intake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.TimelineEntry;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Owner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owners' intake as the portal's pages use it: the same pipeline as the owners' API
 * ({@link OwnerController}) — kept raw, merged into the owner's open complaint about the same
 * thing — plus the photos that came with the form, checked before anything is kept so that a
 * refused photo leaves nothing half-saved.
 */
@Service
public class OwnerDesk {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final OwnerIntake owners;

	private final Complaints complaints;

	private final TransactionTemplate transaction;

	OwnerDesk(OwnerIntake owners, Complaints complaints, PlatformTransactionManager transactions) {
		this.owners = owners;
		this.complaints = complaints;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Takes a complaint from the owner's page (channel WEB) with its photos. The photos are checked
	 * first; then the complaint goes through the pipeline, and the photos are attached to the
	 * complaint it became or joined, all of them or none.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Submitted submit(Owner owner, String title, String content, String location, String idempotencyKey,
			List<Photo> photos) {
		photos.forEach(p -> complaints.checkAttachment(p.fileName(), p.content()));
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("via", "WEB");
		form.put("title", title);
		form.put("content", content);
		form.put("location", location);
		form.put("photos", photos.stream().map(Photo::fileName).toList());
		Intake.Taken taken = owners.submit(owner, Channel.WEB, title, content, location, idempotencyKey,
				json.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
		InboundMessage message = taken.message();
		if (message.getComplaintId() != null && !taken.replay() && !photos.isEmpty()) {
			transaction.executeWithoutResult(tx -> photos.forEach(
					p -> complaints.attach(message.getComplaintId(), p.fileName(), p.content(), Actor.SYSTEM)));
		}
		return new Submitted(message.getComplaintId(), message.getComplaintNumber(),
				message.getStatus() == InboundStatus.MERGED);
	}

	/** The owner adds text to one of their household's complaints, through the pipeline. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void addMessage(Owner owner, long complaintId, String text) {
		owners.addMessage(owner, complaintId, Channel.WEB, text,
				json.writeValueAsString(Map.of("via", "WEB", "text", text)).getBytes(StandardCharsets.UTF_8));
	}

	/** Photos added to one of the household's complaints: all of them or none. */
	@Transactional
	public void attach(Owner owner, long complaintId, List<Photo> photos) {
		owners.complaint(owner, complaintId);
		photos.forEach(p -> complaints.checkAttachment(p.fileName(), p.content()));
		photos.forEach(p -> complaints.attach(complaintId, p.fileName(), p.content(), Actor.SYSTEM));
	}

	/** The household's complaints, newest first. */
	@Transactional(readOnly = true)
	public List<Complaint> complaints(Owner owner) {
		return owners.complaints(owner);
	}

	/** One of the household's complaints; any other is "not found". */
	@Transactional(readOnly = true)
	public Complaint complaint(Owner owner, long id) {
		return owners.complaint(owner, id);
	}

	/** What the company shows the owner of the complaint's handling: the public entries only. */
	@Transactional(readOnly = true)
	public List<TimelineEntry> publicTimeline(Owner owner, long id) {
		return owners.publicTimeline(owner, id);
	}

	@Transactional(readOnly = true)
	public Complaints.AttachmentContent attachment(Owner owner, long complaintId, long attachmentId) {
		return owners.attachment(owner, complaintId, attachmentId);
	}

	/** A photo as uploaded. */
	public record Photo(String fileName, byte[] content) {
	}

	/** The complaint the form became ({@code merged}: the owner's open one it joined); no id when a person must look first. */
	public record Submitted(Long complaintId, String number, boolean merged) {
	}

}
