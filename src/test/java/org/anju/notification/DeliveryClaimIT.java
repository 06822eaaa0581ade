package org.anju.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claim-before-send: a message the database shows claimed by a run that died (the claim older than
 * the delivery job's lock) is not resent blindly but set aside as uncertain, where the project's
 * agents see it and resend it deliberately; a younger claim (a run still sending) is left alone and
 * holds back the recipient's later messages. The dead run is simulated by the row's state.
 */
@TestPropertySource(properties = { "anju.triage.auto-assign=false", "anju.notification.lock-at-most-for=PT5M" })
class DeliveryClaimIT extends OutboxApiTest {

	static final WireMockServer gateway = new WireMockServer(options().dynamicPort());

	static {
		gateway.start();
	}

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("anju.notification.sms.url", () -> gateway.baseUrl() + "/sms");
	}

	@AfterAll
	static void stop() {
		gateway.stop();
	}

	@Autowired
	Postman postman;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void project() throws Exception {
		gateway.resetAll();
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"code\":\"OK\"}")));
		p = fixtures.project();
		while (postman.deliver() > 0) {
			// the shared database: send what other test classes left due
		}
		gateway.resetRequests();
	}

	@Test
	void aMessageClaimedByADeadRunIsSetAsideAsUncertainNotResentAndStaffResendItDeliberately() throws Exception {
		String mobile = "137" + String.format("%08d", System.nanoTime() % 100_000_000);
		JsonNode c = complaint(resident(mobile, "SMS"));
		long id = message(c, "SMS");
		claim(id, Duration.ofMinutes(6)); // claimed, then the node died before recording the outcome

		postman.deliver();
		assertThat(sentTo(mobile)).as("not resent blindly").isEmpty();
		JsonNode message = messages(c).get(0);
		assertThat(message.get("status").asString()).isEqualTo("UNCERTAIN");
		assertThat(get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200).toString())
			.contains("状态不明");
		assertThat(get("/api/v1/notification/uncertain?projectId=" + p.projectId(), p.agent()).expect(200).toString())
			.contains("\"id\":" + id + ",");
		assertThat(get("/api/v1/notification/uncertain?projectId=" + p.projectId(), p.staff()).status()).isEqualTo(403);
		assertThat(get("/api/v1/notification/uncertain", fixtures.project().agent()).expect(200).toString())
			.doesNotContain("\"id\":" + id + ",");
		assertThat(post("/api/v1/notification/messages/" + id + "/resend", fixtures.project().agent(), null).status())
			.isEqualTo(404);

		post("/api/v1/notification/messages/" + id + "/resend", p.agent(), null).expect(200);
		postman.deliver();
		assertThat(sentTo(mobile)).hasSize(1);
		assertThat(messages(c).get(0).get("status").asString()).isEqualTo("SENT");
		assertThat(post("/api/v1/notification/messages/" + id + "/resend", p.agent(), null).status()).isEqualTo(409);
	}

	@Test
	void aLiveClaimIsLeftAloneAndHoldsBackTheRecipientsLaterMessagesUntilItIsSetAside() throws Exception {
		String mobile = "136" + String.format("%08d", System.nanoTime() % 100_000_000);
		long resident = resident(mobile, "SMS");
		JsonNode first = complaint(resident);
		long firstId = message(first, "SMS");
		claim(firstId, Duration.ofMinutes(1)); // a run is sending it right now
		JsonNode second = complaint(resident);
		long secondId = message(second, "SMS");

		postman.deliver();
		assertThat(sentTo(mobile)).isEmpty();
		assertThat(status(firstId)).isEqualTo("SENDING");
		assertThat(status(secondId)).as("waits for the earlier message").isEqualTo("QUEUED");

		claim(firstId, Duration.ofMinutes(6)); // that run never finished
		postman.deliver();
		assertThat(status(firstId)).isEqualTo("UNCERTAIN");
		assertThat(status(secondId)).isEqualTo("SENT");
		assertThat(sentTo(mobile)).hasSize(1);
	}

	@Test
	void inboxMessagesAreWrittenInOneTransactionWithoutAClaim() throws Exception {
		JsonNode c = post("/api/v1/complaints", p.agent(), Map.of("residentId", resident(null, "APP"), "channel", "APP",
				"content", "楼道灯不亮", "topic", "LIGHTING", "urgency", "NORMAL")).expect(201);
		long id = message(c, "INBOX");
		postman.deliver();
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(jdbc.queryForObject("select claimed_at from notification_message where id = ?", Timestamp.class, id))
			.isNull();
	}

	long resident(String mobile, String channel) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "周玉兰", "relation", "OWNER",
				"preferredChannel", channel));
		if (mobile != null) {
			body.put("mobile", mobile);
		}
		return post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(), body).expect(201)
			.get("id").asLong();
	}

	long message(JsonNode complaint, String channel) {
		return jdbc.queryForObject("select id from notification_message where complaint_id = ? and channel = ?",
				Long.class, complaint.get("id").asLong(), channel);
	}

	/** The row's state as a run leaves it after claiming, {@code ago} before now. */
	void claim(long id, Duration ago) {
		jdbc.update("update notification_message set status = 'SENDING', claimed_at = ?, next_attempt_at = null where id = ?",
				Timestamp.from(clock.instant().minus(ago)), id);
	}

	String status(long id) {
		return jdbc.queryForObject("select status from notification_message where id = ?", String.class, id);
	}

	List<String> sentTo(String mobile) throws Exception {
		List<String> ids = new ArrayList<>();
		for (LoggedRequest request : gateway.findAll(postRequestedFor(urlEqualTo("/sms")))) {
			JsonNode body = json.readTree(request.getBodyAsString());
			if (body.get("phone").asString().equals(mobile)) {
				ids.add(body.get("outId").asString());
			}
		}
		return ids;
	}

}
