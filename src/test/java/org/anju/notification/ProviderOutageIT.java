package org.anju.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.anju.notification.Message.RecipientType;
import org.anju.support.ApiTest;
import org.anju.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider down for an hour — the SMS gateway answering 503 and then refusing connections, or
 * the SMTP server stopped — on a test clock the test moves while it runs the dispatcher again and
 * again: messages wait (retried with back-off, never given up within the hour), go out once the
 * provider is back, and in order per recipient, while other recipients are not held up.
 */
@TestPropertySource(properties = { "anju.triage.auto-assign=false" })
class ProviderOutageIT extends ApiTest {

	static final MutableClock CLOCK = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));

	static final int SMS_PORT = freePort();

	static final int SMTP_PORT = freePort();

	static WireMockServer gateway = new WireMockServer(options().port(SMS_PORT));

	static GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		gateway.start();
		smtp.start();
	}

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		java.time.Clock movableClock() {
			return CLOCK;
		}

	}

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("anju.notification.sms.url", () -> "http://127.0.0.1:" + SMS_PORT + "/sms");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		gateway.stop();
	}

	@Autowired
	Postman postman;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageRepository messages;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void providersUp() {
		CLOCK.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		sendEverythingDue();
		gateway.resetRequests();
	}

	/**
	 * The database is shared with other test classes: before a test, send what they left due while
	 * the providers work; after it, send what became due on the moved clock, so no message of
	 * theirs is left retrying (and holding up later ones to the same address).
	 */
	@AfterEach
	void sendEverythingDue() {
		if (!gateway.isRunning()) {
			gateway = new WireMockServer(options().port(SMS_PORT));
			gateway.start();
		}
		if (!smtp.isRunning()) {
			smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
		}
		smsUp();
		while (postman.deliver() > 0) {
			// until nothing is due
		}
	}

	@Test
	void anHourWithoutTheSmsGatewayDelaysMessagesWhichThenGoOutInOrderPerRecipient() throws Exception {
		String a = mobile();
		String b = mobile();
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(503).withBody("维护中")));
		Message a1 = queue("a1", sms(a), "第一条");
		Message a2 = queue("a2", sms(a), "第二条");
		Message b1 = queue("b1", sms(b), "给另一位业主");
		Message mail = queue("m1", Map.of(ChannelKind.EMAIL, "owner-" + a + "@example.com"), "邮件照常");
		Message a3 = null;
		for (int minute = 0; minute <= 60; minute++) {
			if (minute == 20) {
				a3 = queue("a3", sms(a), "第三条"); // queued while the first is still retrying
			}
			if (minute == 30) {
				gateway.stop(); // the second half hour: connection refused
			}
			postman.deliver();
			CLOCK.advance(Duration.ofMinutes(1));
		}
		// another provider is not held up by the one that is down
		assertThat(reload(mail).getStatus()).isEqualTo(Message.Status.SENT);
		for (Message m : List.of(a1, a2, a3, b1)) {
			assertThat(reload(m).getStatus()).as("never given up within the hour").isEqualTo(Message.Status.QUEUED);
		}
		// retried with back-off (1, 2, 4, 8, 10, 10 … minutes), not every minute
		assertThat(reload(a1).getAttempts()).isBetween(5, 12);
		assertThat(reload(a1).getLastError()).contains("unreachable");
		assertThat(reload(b1).getAttempts()).as("the other owner's message is tried on its own").isBetween(5, 12);
		// a later message to the same owner waits while the earlier one is retried
		assertThat(reload(a2).getAttempts()).isZero();
		assertThat(reload(a3).getAttempts()).isZero();

		gateway = new WireMockServer(options().port(SMS_PORT));
		gateway.start();
		smsUp();
		deliverUntilSent(a1, a2, a3, b1);
		assertThat(outIds(a)).containsExactly(a1.getIdempotencyKey(), a2.getIdempotencyKey(), a3.getIdempotencyKey());
		assertThat(outIds(b)).containsExactly(b1.getIdempotencyKey());
	}

	@Test
	void aRecipientWhoseMessagesFailDoesNotHoldUpAnotherOnTheSameChannel() throws Exception {
		String refused = mobile();
		String fine = mobile();
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).withRequestBody(WireMock.containing(refused)).atPriority(1)
			.willReturn(aResponse().withStatus(503)));
		Message stuck = queue("stuck", sms(refused), "发不出去");
		Message other = queue("other", sms(fine), "照常发送");
		Message later = queue("later", sms(fine), "第二条照常");
		for (int i = 0; i < 3; i++) {
			postman.deliver();
			CLOCK.advance(Duration.ofMinutes(1));
		}
		assertThat(reload(stuck).getStatus()).isEqualTo(Message.Status.QUEUED);
		assertThat(reload(other).getStatus()).isEqualTo(Message.Status.SENT);
		assertThat(reload(later).getStatus()).isEqualTo(Message.Status.SENT);
		assertThat(outIds(fine)).containsExactly(other.getIdempotencyKey(), later.getIdempotencyKey());
	}

	@Test
	void anHourWithoutTheMailServerDelaysMailsWhichThenGoOutInOrder() throws Exception {
		String address = "owner-" + mobile() + "@example.com";
		smtp.stop();
		Message first = queue("mail1", Map.of(ChannelKind.EMAIL, address), "邮件一");
		Message second = queue("mail2", Map.of(ChannelKind.EMAIL, address), "邮件二");
		Message sms = queue("sms", sms(mobile()), "短信照常");
		for (int minute = 0; minute <= 60; minute++) {
			if (minute == 10) {
				queue("mail3", Map.of(ChannelKind.EMAIL, address), "邮件三");
			}
			postman.deliver();
			CLOCK.advance(Duration.ofMinutes(1));
		}
		assertThat(reload(sms).getStatus()).isEqualTo(Message.Status.SENT);
		assertThat(reload(first).getStatus()).isEqualTo(Message.Status.QUEUED);
		assertThat(reload(first).getAttempts()).isBetween(5, 12);
		assertThat(reload(first).getLastError()).startsWith("SMTP");
		assertThat(reload(second).getAttempts()).isZero();

		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		Message third = messages.findByIdempotencyKey(key("mail3")).orElseThrow();
		deliverUntilSent(first, second, third);
		List<String> subjects = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (m.getAllRecipients()[0].toString().equals(address)) {
				subjects.add(m.getSubject());
			}
		}
		assertThat(subjects).containsExactly("邮件一", "邮件二", "邮件三");
	}

	@Test
	void aMessageIsGivenUpOnlyAfterADayThenTheNextChannelTakesOver() throws Exception {
		String mobile = mobile();
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(503)));
		Map<ChannelKind, String> addresses = new LinkedHashMap<>();
		addresses.put(ChannelKind.SMS, mobile);
		addresses.put(ChannelKind.EMAIL, "owner-" + mobile + "@example.com");
		Message message = queue("day", addresses, "一天后改发邮件");
		for (int step = 0; step < 6 * 24 - 1; step++) { // 23 h 50 min in steps of 10 minutes
			postman.deliver();
			CLOCK.advance(Duration.ofMinutes(10));
		}
		assertThat(reload(message).getStatus()).isEqualTo(Message.Status.QUEUED);
		CLOCK.advance(Duration.ofMinutes(20));
		postman.deliver();
		assertThat(reload(message).getStatus()).isEqualTo(Message.Status.FAILED);
		deliverUntilSent(messages.findByIdempotencyKey(message.getIdempotencyKey() + ">EMAIL").orElseThrow());
	}

	static int freePort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String mobile() {
		return "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static Map<ChannelKind, String> sms(String mobile) {
		return Map.of(ChannelKind.SMS, mobile);
	}

	final String run = unique("outage");

	String key(String name) {
		return run + ":" + name + ":RESIDENT" + Math.abs(run.hashCode());
	}

	Message queue(String name, Map<ChannelKind, String> addresses, String subject) {
		outbox.queue(run + ":" + name, null,
				new Recipient(RecipientType.RESIDENT, (long) Math.abs(run.hashCode()), "王建华", null, addresses), subject,
				subject + "（正文）", false);
		return messages.findByIdempotencyKey(key(name)).orElseThrow();
	}

	Message reload(Message m) {
		return messages.findById(m.getId()).orElseThrow();
	}

	void smsUp() {
		gateway.resetAll();
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"code\":\"OK\"}")));
	}

	void deliverUntilSent(Message... expected) {
		for (int round = 0; round < 10 && !List.of(expected).stream().allMatch(m -> reload(m).getStatus() == Message.Status.SENT); round++) {
			CLOCK.advance(Duration.ofMinutes(10));
			postman.deliver();
		}
		for (Message m : expected) {
			assertThat(reload(m).getStatus()).as(m.getSubject()).isEqualTo(Message.Status.SENT);
		}
	}

	/** The messages the gateway accepted for a mobile, in the order it received them. */
	List<String> outIds(String mobile) throws Exception {
		List<String> ids = new ArrayList<>();
		for (LoggedRequest request : gateway.findAll(postRequestedFor(urlEqualTo("/sms")))) {
			var body = json.readTree(request.getBodyAsString());
			if (body.get("phone").asString().equals(mobile)) {
				ids.add(body.get("outId").asString());
			}
		}
		return ids;
	}

}
