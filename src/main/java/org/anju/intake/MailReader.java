package org.anju.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.anju.intake.MailLetter.Attached;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads a mail's source as intake needs it: sender, subject, thread headers, text, attached files,
 * and whether a machine wrote it. Chinese mail clients often declare GB2312 and use GBK characters,
 * or declare no charset at all: a declared GB2312 or GBK is read as GB18030 (their superset, as
 * Jakarta Mail maps it), and text without a usable charset — or declared UTF-8 but not valid UTF-8
 * — as UTF-8 if it is valid UTF-8, else as GB18030. Prefers text/plain; HTML-only mail has its
 * tags stripped. Reading never throws: a body that cannot be parsed is reported in
 * {@link MailLetter#unreadable()}, so that the mail can be quarantined with the reason.
 */
final class MailReader {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Pattern AUTO_SUBJECT = Pattern.compile("^(自动回复|自動回覆|自动答复|自動答覆|不在办公室"
			+ "|auto[- ]?reply|auto[- ]?response|automatic reply|out of (the )?office).*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern BULK = Pattern.compile("bulk|junk|list|auto_reply", Pattern.CASE_INSENSITIVE);

	private static final Pattern DAEMON = Pattern.compile("(mailer-daemon|postmaster)@.*", Pattern.CASE_INSENSITIVE);

	/** A line that starts the quoted original: "-----原始邮件-----", Outlook's rule, "On … wrote:", "… 写道：". */
	private static final Pattern QUOTE_HEAD = Pattern.compile("-{2,}\\s*(原始邮件|原始郵件|Original Message)\\s*-{2,}"
			+ "|_{10,}|On\\s.*wrote\\s*:|.*[@年].*(写道|寫道)\\s*[:：]", Pattern.CASE_INSENSITIVE);

	/** Or a quoted header block: "发件人: …" followed by "发送时间: …". */
	private static final Pattern QUOTED_FROM = Pattern.compile("(发件人|寄件者|From)\\s*[:：].*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTED_DATE = Pattern.compile("(发送时间|时间|日期|Sent|Date)\\s*[:：].*",
			Pattern.CASE_INSENSITIVE);

	private final Session session = Session.getInstance(new Properties());

	private final String ownAddress;

	/** @param ownAddress the address Anju sends its mail from: mail from it is a loop */
	MailReader(String ownAddress) {
		String address;
		try {
			address = new InternetAddress(ownAddress).getAddress();
		}
		catch (AddressException ex) {
			address = ownAddress;
		}
		this.ownAddress = address;
	}

	/** Reads a mail's source; a body that cannot be parsed is reported, not thrown. */
	MailLetter read(byte[] raw) {
		try {
			MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(raw));
			InternetAddress from = from(mime);
			String address = from == null ? null : from.getAddress().toLowerCase(Locale.ROOT);
			String subject = headerText(mime.getHeader("Subject", " "));
			String references = (nonNull(first(mime, "In-Reply-To")) + " " + nonNull(mime.getHeader("References", " ")))
				.strip();
			Body body = new Body();
			String unreadable = body.read(mime);
			return new MailLetter(first(mime, "Message-ID"), address, from == null ? null : from.getPersonal(), subject,
					references.isEmpty() ? null : references, automatic(mime, address, subject), body.text(),
					List.copyOf(body.files), unreadable);
		}
		catch (MessagingException ex) {
			return new MailLetter(null, null, null, null, null, null, null, List.of(), "headers: " + ex.getMessage());
		}
	}

	/**
	 * Why a machine wrote this mail, or null: our own mail coming back (a loop), a bounce or read
	 * receipt, or an auto-reply (RFC 3834 {@code Auto-Submitted}, the headers of common mail
	 * servers, or an out-of-office subject).
	 */
	private String automatic(MimeMessage mime, String address, String subject) throws MessagingException {
		if (address != null && address.equalsIgnoreCase(ownAddress)) {
			return "mail loop: from our own address " + ownAddress;
		}
		if (mime.getHeader("X-Anju-Complaint") != null) {
			return "mail loop: our own notification came back";
		}
		if (address != null && DAEMON.matcher(address).matches()) {
			return "bounce: from " + address;
		}
		String returnPath = first(mime, "Return-Path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return "bounce: empty Return-Path";
		}
		String report = reportType(mime);
		if (report != null) {
			return "bounce: multipart/report; report-type=" + report;
		}
		String submitted = first(mime, "Auto-Submitted");
		if (submitted != null && !submitted.split(";")[0].strip().equalsIgnoreCase("no")) {
			return "auto-reply: Auto-Submitted: " + submitted;
		}
		for (String header : new String[] { "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress" }) {
			if (mime.getHeader(header) != null) {
				return "auto-reply: " + header;
			}
		}
		String precedence = first(mime, "Precedence");
		if (precedence != null && BULK.matcher(precedence.strip()).matches()) {
			return "auto-reply: Precedence: " + precedence.strip();
		}
		if (subject != null && AUTO_SUBJECT.matcher(subject.strip()).matches()) {
			return "auto-reply: subject " + subject;
		}
		return null;
	}

	private static String reportType(MimeMessage mime) throws MessagingException {
		try {
			ContentType type = new ContentType(nonNull(mime.getContentType()));
			return type.match("multipart/report") ? nonNull(type.getParameter("report-type")) : null;
		}
		catch (jakarta.mail.internet.ParseException ex) {
			return null;
		}
	}

	private InternetAddress from(MimeMessage mime) throws MessagingException {
		String header = mime.getHeader("From", ",");
		if (header == null) {
			return null;
		}
		try {
			InternetAddress[] addresses = InternetAddress.parseHeader(eightBit(header), false);
			return addresses.length == 0 || addresses[0].getAddress() == null || !addresses[0].getAddress().contains("@")
					? null : addresses[0];
		}
		catch (AddressException ex) {
			return null;
		}
	}

	/**
	 * A header's text: encoded words ({@code =?GB2312?B?…?=}) decoded, and raw 8-bit bytes —
	 * which some clients put into headers unencoded — read like an undeclared body.
	 */
	static String headerText(String raw) {
		if (raw == null) {
			return null;
		}
		String value = eightBit(MimeUtility.unfold(raw));
		try {
			return MimeUtility.decodeText(value).strip();
		}
		catch (UnsupportedEncodingException ex) {
			return value.strip();
		}
	}

	/** Header bytes above 127 arrive as ISO-8859-1 characters; reads them as UTF-8 or GB18030. */
	private static String eightBit(String value) {
		if (value.chars().noneMatch(c -> c > 0x7f) || value.chars().anyMatch(c -> c > 0xff)) {
			return value;
		}
		return decode(value.getBytes(StandardCharsets.ISO_8859_1), null);
	}

	/** Decodes text in its declared charset; see the class comment for mail that declares none or lies. */
	static String decode(byte[] bytes, String declared) {
		Charset charset = charset(declared);
		if (charset != null && !charset.equals(StandardCharsets.US_ASCII) && !charset.equals(StandardCharsets.UTF_8)) {
			return new String(bytes, charset);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, GB18030);
		}
	}

	private static Charset charset(String declared) {
		if (declared == null || declared.isBlank()) {
			return null;
		}
		try {
			return Charset.forName(MimeUtility.javaCharset(declared.strip()));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	/**
	 * The new part of a reply: without the lines quoted with "&gt;", and without the quoted original
	 * after a reply separator ("-----原始邮件-----", "On … wrote:", "… 写道：", an Outlook
	 * "发件人:/From:" block).
	 */
	static String newPart(String text) {
		List<String> lines = text.lines().toList();
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replace('\u00a0', ' ').strip();
			String next = i + 1 < lines.size() ? lines.get(i + 1).replace('\u00a0', ' ').strip() : "";
			boolean wrapped = line.startsWith("On ") && QUOTE_HEAD.matcher(line + " " + next).matches();
			if (QUOTE_HEAD.matcher(line).matches() || wrapped
					|| QUOTED_FROM.matcher(line).matches() && QUOTED_DATE.matcher(next).matches()) {
				break;
			}
			if (!line.startsWith(">")) {
				kept.add(lines.get(i));
			}
		}
		return String.join("\n", kept).strip();
	}

	/** The text of an HTML part: scripts, styles and tags removed, line breaks kept, entities decoded. */
	static String htmlText(String html) {
		String text = html.replaceAll("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>", " ")
			.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)</(p|div|tr|li|h[1-6]|blockquote|table)\\s*>", "\n")
			.replaceAll("(?s)<[^>]*>", "");
		return HtmlUtils.htmlUnescape(text)
			.replace('\u00a0', ' ')
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" *\n *", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	private static String first(MimeMessage mime, String header) throws MessagingException {
		String[] values = mime.getHeader(header);
		return values == null || values.length == 0 ? null : values[0].strip();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	/** The text and files of a mail, collected part by part. */
	private static final class Body {

		private final List<String> plain = new ArrayList<>();

		private final List<String> html = new ArrayList<>();

		private final List<Attached> files = new ArrayList<>();

		/** Collects the text and files of the mail; returns why it could not, or null. */
		String read(Part mail) {
			try {
				collect(mail);
				return null;
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				return ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
		}

		private void collect(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				if (!(part.getContent() instanceof Multipart multipart)) {
					throw new MessagingException("multipart content that is not multipart");
				}
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i));
				}
			}
			else if (isText(part, "text/plain")) {
				plain.add(text(part));
			}
			else if (isText(part, "text/html")) {
				html.add(htmlText(text(part)));
			}
			else {
				String name = part.getFileName() == null ? null : headerText(part.getFileName());
				try (InputStream in = part.getInputStream()) {
					files.add(new Attached(name, in.readAllBytes()));
				}
			}
		}

		String text() {
			List<String> chosen = plain.stream().anyMatch(s -> !s.isBlank()) ? plain : html;
			return String.join("\n\n", chosen.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
		}

		private static boolean isText(Part part, String type) throws MessagingException {
			return part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
					&& part.getFileName() == null;
		}

		private static String text(Part part) throws MessagingException, IOException {
			byte[] bytes;
			try (InputStream in = part.getInputStream()) {
				bytes = in.readAllBytes();
			}
			return decode(bytes, new ContentType(part.getContentType()).getParameter("charset"));
		}

	}

}
