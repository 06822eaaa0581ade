package org.anju.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.anju.complaint.Complaints;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import tools.jackson.databind.JsonNode;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail channel end to end: GreenMail is the complaint mailbox (IMAP) and the SMTP server the
 * acknowledgements go out through. Each test puts real mails into the mailbox, polls it, and looks
 * at the complaints, the intake log and the mail that went out.
 */
@TestPropertySource(properties = { "anju.attachments.max-size=200KB", "anju.intake.mail.max-size=1MB" })
class MailIntakeIT extends ApiTest {

	static final String DESK = "desk@anju.test";

	static final GreenMail mail = new GreenMail(
			new ServerSetup[] { ServerSetup.IMAP.dynamicPort(), ServerSetup.SMTP.dynamicPort() });

	static final GreenMailUser desk;

	static final Session session = Session.getInstance(new Properties());

	/** A 1×1 PNG picture. */
	static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"
			+ "==";

	static {
		mail.start();
		desk = mail.setUser(DESK, "desk", "secret");
	}

	@DynamicPropertySource
	static void mailbox(DynamicPropertyRegistry properties) {
		properties.add("anju.intake.mail.enabled", () -> "true");
		properties.add("anju.intake.mail.scheduler.enabled", () -> "false");
		properties.add("anju.intake.mail.protocol", () -> "imap");
		properties.add("anju.intake.mail.host", () -> "127.0.0.1");
		properties.add("anju.intake.mail.port", () -> mail.getImap().getPort());
		properties.add("anju.intake.mail.username", () -> "desk");
		properties.add("anju.intake.mail.password", () -> "secret");
		properties.add("anju.notification.mail-from", () -> "安居物业 <" + DESK + ">");
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		mail.stop();
	}

	@Autowired
	MailPoller poller;

	@Autowired
	Intake intake;

	@Autowired
	Complaints complaints;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	ProjectFixture p;

	String owner;

	long ownerId;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		owner = unique("wang").toLowerCase() + "@example.com";
		ownerId = post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(),
				Map.of("name", "王建华", "relation", "OWNER", "mobile", "13712345678", "email", owner, "preferredChannel",
						"SMS"))
			.expect(201).get("id").asLong();
	}

	// --- mails and the mailbox

	static byte[] raw(String headersAndBody) {
		return headersAndBody.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static String encoded(String text) throws Exception {
		return MimeUtility.encodeText(text, "UTF-8", "B");
	}

	/** A plain UTF-8 mail; {@code id} becomes its Message-ID. */
	static byte[] plain(String id, String from, String subject, String body, String... headers) throws Exception {
		return raw("From: " + from + "\nTo: " + DESK + "\nSubject: " + encoded(subject) + "\nMessage-ID: <" + id
				+ ">\nDate: Mon, 23 Nov 2026 10:00:00 +0800\n" + Arrays.stream(headers).map(h -> h + "\n").collect(joining())
				+ "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
				+ "\n");
	}

	static String mime64(byte[] content) {
		return Base64.getMimeEncoder(76, new byte[] { '\n' }).encodeToString(content);
	}

	static void deliver(byte[] raw) throws Exception {
		desk.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
	}

	/** The mails sent to an address, newest last. */
	static List<MimeMessage> sentTo(String address) throws Exception {
		return Arrays.stream(mail.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1)))
			.filter(m -> {
				try {
					return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toList();
	}

	/** Marks every mail of the mailbox unseen again, as if Anju had died before marking them. */
	static void markAllUnseen() throws Exception {
		try (Store store = session.getStore("imap")) {
			store.connect("127.0.0.1", mail.getImap().getPort(), "desk", "secret");
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_WRITE);
			inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), false);
			inbox.close(false);
		}
	}

	/**
	 * Delivers everything due: the postman takes 500 at a time, and the suite's shared database
	 * holds the undelivered messages of every test before this one.
	 */
	void deliverNotifications() {
		Integer attempts;
		do {
			attempts = ReflectionTestUtils.invokeMethod(context.getBean("postman"), "deliver");
		}
		while (attempts != null && attempts > 0);
	}

	/** The intake log's entry for a Message-ID, as an admin sees it. */
	JsonNode inbound(String messageId) throws Exception {
		JsonNode all = get("/api/v1/intake/messages?channel=EMAIL&status=ACCEPTED,MERGED,THREADED,IGNORED,QUARANTINED",
				ADMIN).expect(200);
		for (JsonNode m : all) {
			if (m.get("externalId").asString().equals("<" + messageId + ">")) {
				return m;
			}
		}
		throw new AssertionError("no inbound mail " + messageId + " in " + all);
	}

	JsonNode complaint(JsonNode inbound) throws Exception {
		return get("/api/v1/complaints/" + inbound.get("complaintId").asLong(), p.agent()).expect(200);
	}

	long complaintsOfTheOwnersHousehold() throws Exception {
		return get("/api/v1/complaints?householdId=" + p.householdIds().get(0), p.agent()).expect(200)
			.get("totalElements").asLong();
	}

	// --- the tests

	@Test
	void aMailBecomesATriagedAssignedComplaintAcknowledgedByMailAndTheReplyJoinsIt() throws Exception {
		String id = unique("leak") + "@example.com";
		deliver(plain(id, "王建华 <" + owner + ">", "楼道水管爆了", "2栋楼道的公共水管爆了，水哗哗往外冒，已经流到一楼大堂了"));
		assertThat(poller.poll()).isEqualTo(1);

		JsonNode inbound = inbound(id);
		assertThat(inbound.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(inbound.get("sender").asString()).isEqualTo(owner);
		assertThat(inbound.get("rawType").asString()).isEqualTo("message/rfc822");
		JsonNode c = complaint(inbound);
		String number = c.get("number").asString();
		assertThat(inbound.get("complaintNumber").asString()).isEqualTo(number);
		assertThat(c.get("channel").asString()).isEqualTo("EMAIL");
		assertThat(c.get("complainant").get("residentId").asLong()).isEqualTo(ownerId);
		assertThat(c.get("title").asString()).isEqualTo("楼道水管爆了");
		assertThat(c.get("content").asString()).contains("水哗哗往外冒");
		assertThat(c.get("topic").asString()).isEqualTo("WATER_LEAK");
		assertThat(c.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(c.has("assigneeId")).isTrue();
		assertThat(c.get("intakeMillis").asLong()).isNotNegative();

		deliverNotifications();
		MimeMessage ack = sentTo(owner).stream().filter(m -> {
			try {
				return m.getSubject().equals("投诉已受理 " + number);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
		assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(ack.getHeader("X-Anju-Complaint", null)).isEqualTo(number);
		assertThat(ack.getMessageID()).startsWith("<" + number + ".");

		MimeMessage reply = (MimeMessage) ack.reply(false);
		reply.setFrom(new InternetAddress(owner, "王建华", "UTF-8"));
		reply.setText("还是在漏水，请快点派人来\n\n> 您好，您反映的问题已受理\n> 编号" + number + "\n", "UTF-8");
		reply.saveChanges();
		String replyId = unique("reply") + "@example.com";
		reply.setHeader("Message-ID", "<" + replyId + ">");
		assertThat(reply.getHeader("In-Reply-To", null)).contains(number);
		desk.deliver(reply);
		assertThat(poller.poll()).isEqualTo(1);

		JsonNode threaded = inbound(replyId);
		assertThat(threaded.get("status").asString()).isEqualTo("THREADED");
		assertThat(threaded.get("complaintNumber").asString()).isEqualTo(number);
		assertThat(complaintsOfTheOwnersHousehold()).isEqualTo(1);
		JsonNode timeline = get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200);
		JsonNode ownerMessage = timeline.get(timeline.findValuesAsString("type").lastIndexOf("OWNER_MESSAGE"));
		assertThat(ownerMessage.get("message").asString()).endsWith("还是在漏水，请快点派人来").doesNotContain("已受理");

		assertThat(poller.poll()).isZero();
		markAllUnseen(); // Anju died after taking the mails and before marking them
		assertThat(poller.poll()).isPositive();
		assertThat(complaintsOfTheOwnersHousehold()).isEqualTo(1);
		assertThat(get("/api/v1/intake/messages?complaintId=" + c.get("id").asLong(), p.agent()).expect(200)
			.findValuesAsString("externalId")).containsExactly("<" + id + ">", "<" + replyId + ">");
	}

	@Test
	void mailDeclaredGb2312WithGbkCharactersIsReadCorrectly() throws Exception {
		Charset gbk = Charset.forName("GBK");
		String subject = "喆园小区电梯坏了";
		String body = "朱镕基路喆园小区3栋的电梯坏了两天，老人上下楼很不方便";
		String id = unique("gbk") + "@example.com";
		deliver(raw("From: =?GB2312?B?" + Base64.getEncoder().encodeToString("王喆".getBytes(gbk)) + "?= <" + owner
				+ ">\nTo: " + DESK + "\nSubject: =?GB2312?B?" + Base64.getEncoder().encodeToString(subject.getBytes(gbk))
				+ "?=\nMessage-ID: <" + id + ">\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"gb2312\"\n"
				+ "Content-Transfer-Encoding: base64\n\n" + mime64(body.getBytes(gbk))
				+ "\n"));
		poller.poll();

		JsonNode inbound = inbound(id);
		assertThat(inbound.get("subject").asString()).isEqualTo(subject);
		JsonNode c = complaint(inbound);
		assertThat(c.get("title").asString()).isEqualTo(subject);
		assertThat(c.get("content").asString()).contains(body);
	}

	@Test
	void aRefusedAttachmentIsNotedAndTheComplaintStays() throws Exception {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] pdf = new byte[300 * 1024];
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
		String id = unique("files") + "@example.com";
		deliver(raw("From: " + owner + "\nTo: " + DESK + "\nSubject: " + encoded("垃圾桶满了") + "\nMessage-ID: <" + id
				+ ">\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
				+ "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n东门垃圾桶满了两天没人清理，见照片\n--b\n"
				+ "Content-Type: image/png\nContent-Disposition: attachment; filename=\"photo.png\"\n"
				+ "Content-Transfer-Encoding: base64\n\n" + PNG + "\n--b\n"
				+ "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"" + encoded("照片.exe")
				+ "\"\nContent-Transfer-Encoding: base64\n\n" + mime64(exe) + "\n--b\n"
				+ "Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"big.pdf\"\n"
				+ "Content-Transfer-Encoding: base64\n\n" + mime64(pdf) + "\n--b--\n"));
		poller.poll();

		JsonNode inbound = inbound(id);
		assertThat(inbound.get("status").asString()).isEqualTo("ACCEPTED");
		JsonNode c = complaint(inbound);
		assertThat(c.get("attachments").findValuesAsString("fileName")).containsExactly("photo.png");
		String timeline = get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200).toString();
		assertThat(timeline).contains("邮件附件未保存", "照片.exe", "is not allowed", "big.pdf", "larger than");
		byte[] kept = get("/api/v1/intake/messages/" + inbound.get("id").asLong() + "/raw", ADMIN).result().getResponse()
			.getContentAsByteArray();
		assertThat(new String(kept, StandardCharsets.US_ASCII)).contains(mime64(exe).lines().findFirst().orElseThrow());
	}

	@Test
	void autoRepliesBouncesAndOurOwnMailComingBackAreIgnored() throws Exception {
		String autoReply = unique("ooo") + "@example.com";
		String bounce = unique("bounce") + "@mx.example.com";
		String loop = unique("loop") + "@anju.test";
		deliver(plain(autoReply, owner, "自动回复: 投诉已受理", "我正在休假，回来后回复您。", "Auto-Submitted: auto-replied"));
		deliver(raw("From: MAILER-DAEMON@mx.example.com\nTo: " + DESK + "\nSubject: Undelivered Mail Returned to Sender\n"
				+ "Message-ID: <" + bounce + ">\nMIME-Version: 1.0\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n--r\n"
				+ "Content-Type: text/plain\n\nThe mail to nobody@example.com could not be delivered.\n--r\n"
				+ "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; nobody@example.com\nAction: failed\n--r--\n"));
		deliver(plain(loop, "安居物业 <" + DESK + ">", "投诉已受理 TS20261123-0001", "您好，您的投诉已受理"));
		assertThat(poller.poll()).isEqualTo(3);

		assertThat(inbound(autoReply).get("status").asString()).isEqualTo("IGNORED");
		assertThat(inbound(autoReply).get("reason").asString()).isEqualTo("auto-reply: Auto-Submitted: auto-replied");
		assertThat(inbound(bounce).get("status").asString()).isEqualTo("IGNORED");
		assertThat(inbound(bounce).get("reason").asString()).startsWith("bounce");
		assertThat(inbound(loop).get("status").asString()).isEqualTo("IGNORED");
		assertThat(inbound(loop).get("reason").asString()).startsWith("mail loop");
		assertThat(complaintsOfTheOwnersHousehold()).isZero();
	}

	@Test
	void brokenMimeIsQuarantinedWithItsRawSourceForAnAdmin() throws Exception {
		String id = unique("broken") + "@example.com";
		deliver(raw("From: " + owner + "\nTo: " + DESK + "\nSubject: broken\nMessage-ID: <" + id + ">\nMIME-Version: 1.0\n"
				+ "Content-Type: multipart/mixed; boundary=\"never-there\"\n\nthe boundary never comes\n"));
		poller.poll();

		JsonNode inbound = inbound(id);
		assertThat(inbound.get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(inbound.get("reason").asString()).contains("unreadable mail", "Missing start boundary");
		assertThat(inbound.has("complaintId")).isFalse();
		assertThat(get("/api/v1/intake/messages", ADMIN).expect(200).findValuesAsString("externalId")).contains("<" + id + ">");
		Response raw = get("/api/v1/intake/messages/" + inbound.get("id").asLong() + "/raw", ADMIN);
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.header("Content-Disposition")).contains(".eml");
		assertThat(raw.result().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Message-ID: <" + id + ">",
				"the boundary never comes");
		assertThat(inbound.get("projectId").asLong()).isEqualTo(p.projectId());
		assertThat(get("/api/v1/intake/messages", p.agent()).expect(200).findValuesAsString("externalId")).contains("<" + id + ">");
		assertThat(get("/api/v1/intake/messages/" + inbound.get("id").asLong() + "/raw", p.agent()).status()).isEqualTo(200);
		get("/api/v1/intake/messages/" + inbound.get("id").asLong() + "/raw", p.staff()).expect(403);
		get("/api/v1/intake/messages/" + inbound.get("id").asLong() + "/raw", fixtures.project().agent()).expect(404);
		assertThat(complaintsOfTheOwnersHousehold()).isZero();
	}

	@Test
	void aMailTooLargeIsQuarantinedWithItsHeadersAndStaysInTheMailbox() throws Exception {
		String id = unique("huge") + "@example.com";
		deliver(plain(id, owner, "监控录像", "x".repeat(1100 * 1024)));
		poller.poll();

		JsonNode inbound = inbound(id);
		assertThat(inbound.get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(inbound.get("reason").asString()).contains("larger than 1 MB", "only its headers");
		assertThat(inbound.get("rawSize").asLong()).isLessThan(2048);
		assertThat(complaintsOfTheOwnersHousehold()).isZero();
	}

	@Test
	void unknownSendersGoToTheConfiguredProjectOrElseToQuarantine() throws Exception {
		String stranger = unique("li").toLowerCase() + "@example.org";
		String id = unique("unknown") + "@example.org";
		byte[] first = plain(id, encoded("李四") + " <" + stranger + ">", "小区噪音", "晚上十二点还有人在广场跳舞，太吵了");
		deliver(first);
		poller.poll();
		assertThat(inbound(id).get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(inbound(id).get("reason").asString()).contains("unknown sender " + stranger);

		MailIntake withProject = new MailIntake(intake, complaints, clock, p.projectId(), DESK);
		String id2 = unique("unknown") + "@example.org";
		Intake.Taken taken = withProject.take(plain(id2, encoded("李四") + " <" + stranger + ">", "小区噪音",
				"晚上十二点还有人在广场跳舞，太吵了"), null);
		assertThat(taken.is(InboundStatus.ACCEPTED)).isTrue();
		JsonNode c = complaint(inbound(id2));
		assertThat(c.get("projectId").asLong()).isEqualTo(p.projectId());
		assertThat(c.get("complainant").get("name").asString()).isEqualTo("李四");
		assertThat(c.get("complainant").get("email").asString()).isEqualTo(stranger);
		assertThat(c.get("complainant").has("residentId")).isFalse();
		deliverNotifications();
		assertThat(sentTo(stranger)).extracting(MimeMessage::getSubject)
			.contains("投诉已受理 " + c.get("number").asString());

		String id3 = unique("again") + "@example.org";
		assertThat(withProject.take(plain(id3, stranger, "Re: 投诉已受理 " + c.get("number").asString(), "又开始跳了"), null)
			.is(InboundStatus.THREADED)).isTrue();
		assertThat(withProject.take(plain(id2, stranger, "小区噪音", "晚上十二点还有人在广场跳舞，太吵了"), null).replay()).isTrue();
	}

	@Test
	void aMailNamingSomeoneElsesComplaintIsQuarantinedNotThreaded() throws Exception {
		JsonNode c = post("/api/v1/complaints", p.agent(), Map.of("residentId", ownerId, "channel", "PHONE", "content",
				"楼道灯坏了三天")).expect(201);
		String number = c.get("number").asString();
		String other = unique("zhao").toLowerCase() + "@example.net";
		post("/api/v1/households/" + p.householdIds().get(1) + "/residents", p.agent(), Map.of("name", "赵六", "relation",
				"OWNER", "mobile", "13600000000", "email", other)).expect(201);
		String id = unique("other") + "@example.net";
		deliver(plain(id, other, "关于 " + number, "这个投诉是我家的"));
		String sameHousehold = unique("family") + "@example.com";
		String relative = unique("wife").toLowerCase() + "@example.com";
		post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(), Map.of("name", "王妻", "relation",
				"FAMILY", "mobile", "13600000001", "email", relative)).expect(201);
		deliver(plain(sameHousehold, relative, "Re: " + number, "灯还是没修"));
		poller.poll();

		assertThat(inbound(id).get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(inbound(id).get("reason").asString()).contains("names complaint " + number, other);
		assertThat(inbound(sameHousehold).get("status").asString()).isEqualTo("THREADED");
		assertThat(inbound(sameHousehold).get("complaintNumber").asString()).isEqualTo(number);
	}

}
