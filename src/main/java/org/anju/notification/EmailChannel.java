package org.anju.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

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
 * recognisable. Without a mail server — the embedded default — messages are written to the log.
 */
@Component
class EmailChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> mail, @Value("${anju.notification.mail-from:anju@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.EMAIL;
	}

	@Override
	public void send(Message message) throws DeliveryException {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("E-mail to {}: {} — {}", message.getAddress(), message.getSubject(), message.getBody());
			return;
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
			helper.setFrom(from);
			helper.setTo(message.getAddress());
			helper.setSubject(message.getSubject());
			helper.setText(message.getBody());
			mime.saveChanges();
			mime.setHeader("Message-ID", "<" + message.getIdempotencyKey().replaceAll("[^A-Za-z0-9.-]", "_") + "@anju>");
			sender.send(mime);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryException("SMTP: " + ex.getMessage(), ex);
		}
	}

}
