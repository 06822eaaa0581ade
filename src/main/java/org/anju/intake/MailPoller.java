package org.anju.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads the complaint mailbox over IMAP (Jakarta Mail): every unseen mail of the folder is taken —
 * its source kept, then handled — and only then marked \Seen, so a mail is never lost between
 * the two. Bodies are fetched with PEEK; a crash before the mark means the mail is read again on
 * the next poll, and intake recognises it by its Message-ID. A mail larger than
 * {@code anju.intake.mail.max-size} is quarantined with its headers and left in the mailbox.
 */
@Component
@ConditionalOnProperty(name = "anju.intake.mail.enabled", havingValue = "true")
class MailPoller {

	private static final Logger log = LoggerFactory.getLogger(MailPoller.class);

	private final MailIntake mails;

	private final Session session;

	private final String protocol;

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final String folder;

	private final long maxBytes;

	MailPoller(MailIntake mails, @Value("${anju.intake.mail.protocol:imaps}") String protocol,
			@Value("${anju.intake.mail.host}") String host, @Value("${anju.intake.mail.port:-1}") int port,
			@Value("${anju.intake.mail.username}") String username, @Value("${anju.intake.mail.password}") String password,
			@Value("${anju.intake.mail.folder:INBOX}") String folder,
			@Value("${anju.intake.mail.max-size:30MB}") DataSize maxSize) {
		this.mails = mails;
		this.protocol = protocol;
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.folder = folder;
		this.maxBytes = maxSize.toBytes();
		Properties properties = new Properties();
		properties.put("mail." + protocol + ".peek", "true");
		properties.put("mail." + protocol + ".connectiontimeout", "30000");
		properties.put("mail." + protocol + ".timeout", "60000");
		this.session = Session.getInstance(properties);
	}

	/** Takes every unseen mail; returns how many. A mail that fails stays unseen for the next poll. */
	int poll() throws MessagingException {
		int taken = 0;
		try (Store store = session.getStore(protocol)) {
			store.connect(host, port, username, password);
			Folder inbox = store.getFolder(folder);
			inbox.open(Folder.READ_WRITE);
			try {
				Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				FetchProfile profile = new FetchProfile();
				profile.add(FetchProfile.Item.ENVELOPE);
				profile.add(FetchProfile.Item.SIZE);
				inbox.fetch(unseen, profile);
				for (Message mail : unseen) {
					try {
						take((MimeMessage) mail);
						mail.setFlag(Flags.Flag.SEEN, true);
						taken++;
					}
					catch (MessagingException | IOException | RuntimeException ex) {
						log.warn("Mail {} in {} not taken; it is tried again on the next poll", mail.getMessageNumber(),
								folder, ex);
					}
				}
			}
			finally {
				inbox.close(false);
			}
		}
		return taken;
	}

	private void take(MimeMessage mail) throws MessagingException, IOException {
		Instant receivedAt = mail.getReceivedDate() == null ? null : mail.getReceivedDate().toInstant();
		if (mail.getSize() > maxBytes) {
			mails.quarantineHeaders(headers(mail), receivedAt, "mail of " + DataSize.ofBytes(mail.getSize()).toMegabytes()
					+ " MB is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB: only its headers are kept; "
					+ "the whole mail stays in mailbox folder " + folder);
			return;
		}
		ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(mail.getSize(), 1024));
		mail.writeTo(raw);
		mails.take(raw.toByteArray(), receivedAt);
	}

	private static byte[] headers(MimeMessage mail) throws MessagingException {
		StringBuilder headers = new StringBuilder();
		for (String line : Collections.list(mail.getAllHeaderLines())) {
			headers.append(line).append("\r\n");
		}
		return headers.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
