package org.anju.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.TreeMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.json.JsonMapper;

/**
 * The providers the nodes deliver to, on loopback in the test's JVM: an HTTP SMS gateway
 * (WireMock, answering {@code {"code":"OK"}}) and an SMTP server (GreenMail). They count what
 * arrived per outbox message: the gateway by the {@code outId} Anju sends (the idempotency key),
 * the mail server by the Message-ID Anju derives from the idempotency key. The same GreenMail also
 * serves IMAP, for the mail intake.
 */
final class Peers implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final WireMockServer sms = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	final GreenMail mail = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });

	Peers() {
		sms.start();
		sms.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"code\":\"OK\"}")));
		mail.start();
	}

	/** The node settings that point Anju at these peers. */
	Map<String, String> settings() {
		return Map.of("anju.notification.sms.url", "http://127.0.0.1:" + sms.port() + "/sms", "spring.mail.host",
				"127.0.0.1", "spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
	}

	/** How often each SMS arrived, by idempotency key. */
	Map<String, Integer> smsByKey() {
		Map<String, Integer> counts = new TreeMap<>();
		sms.getAllServeEvents().forEach(event -> counts
			.merge(JSON.readTree(event.getRequest().getBodyAsString()).path("outId").asString(), 1, Integer::sum));
		return counts;
	}

	/** How often each e-mail Anju sent arrived, by Message-ID (mails the test put into a mailbox are not counted). */
	Map<String, Integer> mailByMessageId() throws MessagingException {
		Map<String, Integer> counts = new TreeMap<>();
		for (MimeMessage m : mail.getReceivedMessages()) {
			if (m.getMessageID() != null && m.getMessageID().endsWith("@anju>")) {
				counts.merge(m.getMessageID(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** How often the e-mail for this idempotency key arrived (Anju's Message-ID: optional number prefix, key, @anju). */
	int mailsFor(String idempotencyKey) throws MessagingException {
		String key = idempotencyKey.replaceAll("[^A-Za-z0-9.-]", "_") + "@anju>";
		return mailByMessageId().entrySet().stream()
			.filter(e -> e.getKey().equals("<" + key) || e.getKey().endsWith("." + key))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	@Override
	public void close() {
		sms.stop();
		mail.stop();
	}

}
