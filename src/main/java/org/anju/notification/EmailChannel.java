package org.anju.notification;

import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.anju.platform.storage.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP (Spring Mail, configured with {@code spring.mail.*}). The subject carries the
 * complaint number; the Message-ID is derived from the idempotency key, so a repeat is
 * recognisable, and starts with the complaint number, so that a reply (whose In-Reply-To names it)
 * finds its complaint in the mail intake. {@code Auto-Submitted} and {@code X-Anju-Complaint} mark
 * the mail as Anju's own, for auto-responders and for the intake's loop check. Without a mail
 * server — the embedded default — messages are written to the log.
 */
@Component
class EmailChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private static final Pattern NUMBER = Pattern.compile("TS\\d{8}-\\d{4}");

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final DataDirectory data;

	EmailChannel(ObjectProvider<JavaMailSender> mail, @Value("${anju.notification.mail-from:anju@localhost}") String from,
			DataDirectory data) {
		this.mail = mail;
		this.from = from;
		this.data = data;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.EMAIL;
	}

	@Override
	public void send(Message message) throws DeliveryException {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("E-mail to {}: {} — {} {}", message.getAddress(), message.getSubject(), message.getBody(),
					message.attachments());
			return;
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, !message.attachments().isEmpty(), "UTF-8");
			helper.setFrom(from);
			helper.setTo(message.getAddress());
			helper.setSubject(message.getSubject());
			helper.setText(message.getBody());
			for (String path : message.attachments()) {
				File file = data.root().resolve(path).toFile();
				if (!file.isFile()) {
					throw new DeliveryException("attachment missing: " + path);
				}
				helper.addAttachment(file.getName(), file);
			}
			mime.setHeader("Auto-Submitted", "auto-generated");
			Matcher number = NUMBER.matcher(message.getSubject());
			String prefix = "";
			if (number.find()) {
				mime.setHeader("X-Anju-Complaint", number.group());
				prefix = number.group() + ".";
			}
			mime.saveChanges();
			mime.setHeader("Message-ID",
					"<" + prefix + message.getIdempotencyKey().replaceAll("[^A-Za-z0-9.-]", "_") + "@anju>");
			sender.send(mime);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryException("SMTP: " + ex.getMessage(), ex);
		}
	}

}
