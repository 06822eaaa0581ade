package org.anju.notification;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.notification.Message.RecipientType;
import org.anju.platform.storage.DataDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message that belongs to no complaint — a verification code, a survey invitation — sent for
 * another module through the outbox: queued in the caller's transaction (once per key and
 * recipient), delivered by the delivery job with its retries.
 */
@Service
@Transactional
public class DirectMessages {

	private final Outbox outbox;

	private final Directory directory;

	private final ProjectChannels channels;

	private final Templates templates;

	private final DataDirectory data;

	DirectMessages(Outbox outbox, Directory directory, ProjectChannels channels, Templates templates,
			DataDirectory data) {
		this.outbox = outbox;
		this.data = data;
		this.directory = directory;
		this.channels = channels;
		this.templates = templates;
	}

	/** A code someone is waiting for: never held back by the quiet hours. */
	public void sms(String key, String mobile, String subject, String text) {
		outbox.queue(key, null, new Recipient(RecipientType.CALLER, null, null, null, Map.of(ChannelKind.SMS, mobile)),
				subject, text, true);
	}

	/**
	 * A note in a staff member's console inbox (a reminder, a task given to them), delivered at once
	 * whatever the hour; a repeated key queues nothing new, so a reminder reaches them once.
	 */
	public void toStaff(String key, long staffId, String name, String subject, String text) {
		outbox.queue(key, null, new Recipient(RecipientType.STAFF, staffId, name, null,
				Map.of(ChannelKind.INBOX, String.valueOf(staffId))), subject, text, true);
	}

	/**
	 * An e-mail to a staff member, or to an address with {@code staffId} null, with files under the
	 * data directory attached; a repeated key queues nothing new.
	 */
	public void email(String key, Long staffId, String name, String address, String subject, String text,
			List<Path> files) {
		Path root = data.root();
		List<String> paths = files.stream().map(f -> {
			Path file = f.toAbsolutePath().normalize();
			if (!file.startsWith(root)) {
				throw new IllegalArgumentException("not under the data directory: " + f);
			}
			return root.relativize(file).toString();
		}).toList();
		outbox.queueMail(key, new Recipient(RecipientType.STAFF, staffId, name, null, Map.of(ChannelKind.EMAIL, address)),
				subject, text, paths);
	}

	/**
	 * A template to every active resident of a household, on their channels (preferred first) that
	 * the project uses, waiting for the end of the quiet hours; {@code salutation} is filled in per
	 * resident. Returns how many residents it was queued for; a repeated key queues nothing new.
	 */
	public int toHousehold(String key, long householdId, String template, Map<String, String> values) {
		int queued = 0;
		for (ResidentRef resident : directory.residentsOf(householdId)) {
			if (!resident.active()) {
				continue;
			}
			Recipient recipient = channels.restrict(Recipients.resident(resident), resident.household().projectId());
			Map<String, String> filled = new HashMap<>(values);
			String name = resident.name();
			filled.put("salutation", name == null || name.isBlank() ? "业主" : name.substring(0, 1) + "业主");
			String[] text = templates.render(template, filled);
			outbox.queue(key, null, recipient, text[0], text[1], false);
			queued++;
		}
		return queued;
	}

}
