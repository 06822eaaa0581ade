package org.anju.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.Visibility;
import org.anju.directory.ResidentRef;
import org.anju.intake.Intake.Taken;
import org.anju.intake.MailLetter.Attached;
import org.anju.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes one mail from the complaint mailbox through the intake pipeline. A mail naming a complaint
 * number (a reply to our notification, or the number typed into the subject) from that complaint's
 * complainant or household is added to it; other mail becomes a complaint of the resident with the
 * sender's address, or of an unregistered complainant in {@code anju.intake.mail.project-id}.
 * Auto-replies, bounces and loops are ignored; mail that cannot be read or placed is quarantined.
 * <p>
 * Attached files are added after the complaint is saved, each in a transaction of its own: a file
 * the store refuses (an executable, one too large) would otherwise mark the registering
 * transaction rollback-only and take the complaint with it. Refused files are listed in an
 * internal note on the complaint; the raw mail keeps them all.
 */
@Component
class MailIntake {

	private static final String RAW_TYPE = "message/rfc822";

	private static final int MAX_EXTERNAL_ID = 250;

	private final Intake intake;

	private final Complaints complaints;

	private final MailReader reader;

	private final Long projectId;

	private final Clock clock;

	MailIntake(Intake intake, Complaints complaints, Clock clock,
			@Value("${anju.intake.mail.project-id:}") Long projectId,
			@Value("${anju.notification.mail-from:anju@localhost}") String ownAddress) {
		this.intake = intake;
		this.complaints = complaints;
		this.reader = new MailReader(ownAddress);
		this.projectId = projectId;
		this.clock = clock;
	}

	/** Takes a mail's source; {@code receivedAt} is when the mail server got it, if it says. */
	Taken take(byte[] raw, Instant receivedAt) {
		Instant arrivedAt = arrival(receivedAt);
		MailLetter mail = reader.read(raw);
		ResidentRef resident = intake.byEmail(mail.address()).orElse(null);
		Long project = resident != null ? Long.valueOf(resident.household().projectId()) : projectId;
		Taken taken = intake.take(inbound(mail, project, raw, arrivedAt), message -> handle(message, mail, resident));
		Long complaintId = taken.message().getComplaintId();
		if (!taken.replay() && complaintId != null && !mail.files().isEmpty()) {
			attach(complaintId, taken.message().getId(), mail.files());
		}
		return taken;
	}

	/** Keeps only the headers of a mail too large to take, and quarantines it with the reason. */
	Taken quarantineHeaders(byte[] headers, Instant receivedAt, String reason) {
		MailLetter mail = reader.read(headers);
		Long project = intake.byEmail(mail.address()).map(r -> r.household().projectId()).orElse(projectId);
		return intake.take(inbound(mail, project, headers, arrival(receivedAt)),
				message -> intake.quarantine(message, reason));
	}

	private void handle(InboundMessage message, MailLetter mail, ResidentRef resident) {
		if (mail.automatic() != null) {
			intake.ignore(message, mail.automatic());
			return;
		}
		if (mail.unreadable() != null) {
			intake.quarantine(message, "unreadable mail: " + mail.unreadable());
			return;
		}
		if (mail.address() == null) {
			intake.quarantine(message, "no sender address");
			return;
		}
		Optional<Complaint> earlier = mail.complaintNumbers().stream()
			.map(number -> complaints.byNumber(number, Actor.SYSTEM))
			.flatMap(Optional::stream)
			.findFirst();
		if (earlier.isPresent()) {
			Complaint complaint = earlier.get();
			if (fromComplainant(complaint, mail.address(), resident)) {
				intake.thread(message, complaint, reply(mail));
			}
			else {
				intake.quarantine(message, "names complaint " + complaint.getNumber() + " but comes from "
						+ mail.address() + ", not from its complainant");
			}
			return;
		}
		Draft draft = new Draft(Channel.EMAIL, message.getArrivedAt()).receivedAt(message.getArrivedAt());
		if (resident != null) {
			draft.from(resident);
		}
		else if (projectId != null) {
			draft.from(projectId, cut(mail.name() == null || mail.name().isBlank() ? mail.address() : mail.name(), 60),
					null, mail.address(), null);
		}
		else {
			intake.quarantine(message, "unknown sender " + mail.address() + " and no anju.intake.mail.project-id");
			return;
		}
		String content = content(mail);
		if (content.isBlank()) {
			intake.quarantine(message, "no text");
			return;
		}
		intake.register(message, draft.text(blankToNull(cut(mail.subject(), 200)), content), Actor.SYSTEM);
	}

	/** The complainant wrote it: the same address, or a resident of the same household. */
	private static boolean fromComplainant(Complaint complaint, String address, ResidentRef resident) {
		return address.equalsIgnoreCase(complaint.getComplainant().email()) || resident != null
				&& (Objects.equals(resident.id(), complaint.getResidentId())
						|| Objects.equals(resident.household().id(), complaint.getHouseholdId()));
	}

	/** The subject and the text: owners often say what is wrong in the subject only. */
	private static String content(MailLetter mail) {
		String subject = mail.subject() == null ? "" : mail.subject().strip();
		String text = mail.text() == null ? "" : mail.text().strip();
		String content = text.startsWith(subject) ? text : (subject + "\n\n" + text).strip();
		return cut(content, 10000);
	}

	private static String reply(MailLetter mail) {
		String text = MailReader.newPart(mail.text() == null ? "" : mail.text());
		if (text.isBlank()) {
			text = mail.files().isEmpty() ? "（回复无正文）" : "（回复无正文，附件 " + mail.files().size() + " 个）";
		}
		return cut(text, 3900);
	}

	private void attach(long complaintId, long messageId, List<Attached> files) {
		List<String> refused = new ArrayList<>();
		for (Attached file : files) {
			try {
				complaints.attach(complaintId, file.name(), file.content(), Actor.SYSTEM);
			}
			catch (RuntimeException ex) {
				// refused (InvalidInputException: type or size; ConflictException: too many files), or not stored
				refused.add((file.name() == null ? "（无名附件）" : file.name()) + "：" + ex.getMessage());
			}
		}
		if (!refused.isEmpty()) {
			complaints.addNote(complaintId,
					"邮件附件未保存（原始邮件见收件记录 " + messageId + "）：" + String.join("；", refused),
					Visibility.INTERNAL, Actor.SYSTEM);
		}
	}

	/** The mail for the intake log: known by its Message-ID, or by a hash of its bytes if it has none. */
	private static Inbound inbound(MailLetter mail, Long projectId, byte[] raw, Instant arrivedAt) {
		String id = mail.messageId();
		String externalId = id == null || id.isBlank() || id.length() > MAX_EXTERNAL_ID ? "sha256:" + sha256(raw) : id;
		return new Inbound(Channel.EMAIL, externalId, projectId, mail.address(), mail.subject(), raw, RAW_TYPE,
				arrivedAt);
	}

	/** When the mail server got the mail; never later than now (a server clock ahead of ours). */
	private Instant arrival(Instant receivedAt) {
		Instant now = clock.instant();
		return receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
	}

	private static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
