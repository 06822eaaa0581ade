package org.anju.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.anju.complaint.Complaints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

/**
 * Owners and staff hear what happens, over real protocol peers on loopback: GreenMail as the SMTP
 * server and WireMock as the SMS gateway (including its errors).
 */
@TestPropertySource(properties = { "anju.triage.auto-assign=false", "anju.notification.first-retry-after=PT0S",
		"anju.notification.max-attempts=3", "anju.notification.sms.receipt-token=receipt-secret" })
class NotificationIT extends OutboxApiTest {

	static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());

	static final WireMockServer gateway = new WireMockServer(options().dynamicPort());

	static {
		smtp.start();
		gateway.start();
	}

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		properties.add("anju.notification.sms.url", () -> gateway.baseUrl() + "/sms");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		gateway.stop();
	}

	@Autowired
	Postman postman;

	@MockitoSpyBean
	Complaints complaints;

	@BeforeEach
	void project() throws Exception {
		gateway.resetAll();
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"code\":\"OK\"}")));
		p = fixtures.project();
		// the database is shared with the other test classes, which leave messages queued: send them first
		while (postman.deliver() > 0) {
			// until nothing is due
		}
		gateway.resetRequests();
	}

	long residentWith(String channel, String email) throws Exception {
		Map<String, Object> resident = new HashMap<>(Map.of("name", "王建华", "relation", "OWNER", "mobile",
				"13712345678", "preferredChannel", channel));
		if (email != null) {
			resident.put("email", email);
		}
		return post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(), resident).expect(201)
			.get("id").asLong();
	}

	@Test
	void aComplaintsLifeReachesTheOwnerByMailAndTheStaffInTheirInbox() throws Exception {
		long owner = residentWith("EMAIL", "wang@example.com");
		JsonNode c = complaint(owner);
		String id = "/api/v1/complaints/" + c.get("id").asLong();
		post(id + "/assign", p.agent(), Map.of("assigneeId", fixtures.staffId(p.staff()))).expect(200);
		post(id + "/start", p.staff(), null).expect(200);
		post(id + "/notes", p.staff(), Map.of("text", "灯泡已到货，明天上午更换", "visibility", "PUBLIC")).expect(201);
		post(id + "/notes", p.staff(), Map.of("text", "内部：库存不足")).expect(201);
		post(id + "/resolve", p.staff(), Map.of("summary", "已更换灯泡")).expect(200);
		postman.deliver();

		MimeMessage[] mails = smtp.getReceivedMessagesForDomain("example.com");
		List<String> subjects = java.util.Arrays.stream(mails).map(m -> {
			try {
				return m.getSubject();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).filter(s -> s.contains(c.get("number").asString())).toList();
		assertThat(subjects).anyMatch(s -> s.startsWith("投诉已受理")).anyMatch(s -> s.startsWith("投诉已派单"))
			.anyMatch(s -> s.startsWith("投诉已处理"));
		assertThat(subjects).filteredOn(s -> s.startsWith("投诉处理进展")).hasSize(1);
		assertThat(messages(c).findValuesAsString("body")).anyMatch(b -> b.contains("灯泡已到货"))
			.noneMatch(b -> b.contains("库存不足"));
		assertThat(messages(c).findValuesAsString("status")).containsOnly("SENT");

		JsonNode emergency = post("/api/v1/complaints", p.agent(), Map.of("residentId", owner, "channel", "PHONE",
				"content", "电梯困人了，快来救命", "topic", "ELEVATOR_ENTRAPMENT", "urgency", "EMERGENCY")).expect(201);
		postman.deliver();
		assertThat(get("/api/v1/inbox", p.supervisor()).expect(200).findValuesAsString("subject"))
			.contains("请关注 " + emergency.get("number").asString());

		JsonNode inbox = get("/api/v1/inbox", p.staff()).expect(200);
		assertThat(inbox.findValuesAsString("subject")).contains("新派单 " + c.get("number").asString());
		post("/api/v1/inbox/" + inbox.get(0).get("id").asLong() + "/read", p.staff(), null).expect(200);
		post("/api/v1/inbox/" + inbox.get(0).get("id").asLong() + "/read", p.agent(), null).expect(404);

		JsonNode timeline = get(id + "/timeline", p.agent()).expect(200);
		assertThat(timeline.findValuesAsString("type")).contains("NOTIFIED");
		assertThat(timeline.toString()).contains("已通过邮件通知王建华");
	}

	@Test
	void smsGatewayErrorsAreRetriedThenTheNextChannelTakesOver() throws Exception {
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(500)
			.withBody("{\"code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"message\":\"触发流控\"}")));
		long owner = residentWith("SMS", "wang2@example.com");
		JsonNode c = complaint(owner);
		for (int i = 0; i < 4; i++) {
			postman.deliver();
		}
		JsonNode sms = findChannel(messages(c), "SMS");
		assertThat(sms.get("status").asString()).isEqualTo("FAILED");
		assertThat(sms.get("attempts").asInt()).isEqualTo(3);
		assertThat(sms.get("lastError").asString()).contains("500", "触发流控");
		JsonNode mail = findChannel(messages(c), "EMAIL");
		assertThat(mail.get("status").asString()).isEqualTo("SENT");
		assertThat(smtp.getReceivedMessagesForDomain("example.com")).anyMatch(m -> {
			try {
				return m.getSubject().contains(c.get("number").asString());
			}
			catch (Exception ex) {
				return false;
			}
		});
		assertThat(get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200).toString())
			.contains("短信通知王建华失败");
	}

	@Test
	void aResidentNoChannelReachesIsCalledInstead() throws Exception {
		long unreachable = post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(),
				Map.of("name", "李大爷", "relation", "OWNER")).expect(201).get("id").asLong();
		JsonNode c = complaint(unreachable);
		JsonNode tasks = get("/api/v1/notification/call-tasks?projectId=" + p.projectId(), p.agent()).expect(200);
		JsonNode task = null;
		for (JsonNode t : tasks) {
			if (t.get("residentId").asLong() == unreachable) {
				task = t;
			}
		}
		assertThat(task).as("a call task for the acknowledgement").isNotNull();
		assertThat(task.get("reason").asString()).isEqualTo("NO_CHANNEL");
		assertThat(task.get("body").asString()).contains(c.get("number").asString());
		long id = task.get("id").asLong();
		assertThat(post("/api/v1/notification/call-tasks/" + id + "/done", p.staff(), Map.of("reached", true)).status())
			.isEqualTo(403);
		assertThat(post("/api/v1/notification/call-tasks/" + id + "/done", fixtures.project().agent(),
				Map.of("reached", true)).status()).isEqualTo(404);
		post("/api/v1/notification/call-tasks/" + id + "/done", p.agent(), Map.of("reached", true, "note", "老人已知晓"))
			.expect(200);
		assertThat(post("/api/v1/notification/call-tasks/" + id + "/done", p.agent(), Map.of("reached", true)).status())
			.isEqualTo(409);
		assertThat(get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200).toString())
			.contains("已电话告知李大爷（已接通）：老人已知晓");
		assertThat(get("/api/v1/notification/call-tasks?projectId=" + p.projectId(), p.agent()).expect(200).toString())
			.doesNotContain("\"id\":" + id + ",");
	}

	@Test
	void aMessageEveryChannelRefusedBecomesACallTask() throws Exception {
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(500).withBody("down")));
		long owner = residentWith("SMS", null);
		JsonNode c = complaint(owner);
		for (int i = 0; i < 4; i++) {
			postman.deliver();
		}
		assertThat(findChannel(messages(c), "SMS").get("status").asString()).isEqualTo("FAILED");
		assertThat(get("/api/v1/notification/call-tasks?projectId=" + p.projectId(), p.agent()).expect(200).toString())
			.contains("ALL_FAILED", c.get("number").asString());
	}

	@Test
	void eachRecipientGetsOneMessagePerEventAndRetriesCarryTheSameKey() throws Exception {
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).inScenario("flaky").whenScenarioStateIs("Started")
			.willReturn(aResponse().withFixedDelay(0).withStatus(503)).willSetStateTo("up"));
		gateway.stubFor(WireMock.post(urlEqualTo("/sms")).inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"code\":\"OK\"}")));
		long owner = residentWith("SMS", null);
		JsonNode c = complaint(owner);
		postman.deliver();
		postman.deliver();
		postman.deliver();
		List<LoggedRequest> sent = gateway.findAll(postRequestedFor(urlEqualTo("/sms")));
		assertThat(sent).hasSize(2);
		assertThat(sent.get(0).getBodyAsString()).contains("\"outId\"");
		assertThat(json.readTree(sent.get(0).getBodyAsString()).get("outId").asString())
			.isEqualTo(json.readTree(sent.get(1).getBodyAsString()).get("outId").asString());
		assertThat(messages(c).size()).isEqualTo(1);
		assertThat(messages(c).get(0).get("status").asString()).isEqualTo("SENT");
	}

	@Test
	void aFailureRecordingTheOutcomeAfterTheProviderAcceptedStillMarksTheMessageSentAndNeverResends() throws Exception {
		long owner = residentWith("SMS", null);
		JsonNode c = complaint(owner);
		// only this complaint's timeline fails: messages other tests left in the shared database go out too
		doThrow(new IllegalStateException("timeline unavailable")).doCallRealMethod().when(complaints)
			.recordDelivery(eq(c.get("id").asLong()), anyString());
		postman.deliver(); // the gateway got the SMS; recording the outcome failed once
		assertThat(messages(c).get(0).get("status").asString()).isEqualTo("SENT");
		postman.deliver();
		assertThat(gateway.findAll(postRequestedFor(urlEqualTo("/sms")))).hasSize(1);
		assertThat(messages(c).size()).isEqualTo(1);
	}

	@Test
	void aHouseholdThatAsksForItHasEveryMemberTold() throws Exception {
		long owner = residentWith("EMAIL", "owner3@example.com");
		post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(), Map.of("name", "王小明", "relation",
				"FAMILY", "email", "son3@example.com", "preferredChannel", "EMAIL")).expect(201);
		JsonNode first = complaint(owner);
		postman.deliver();
		assertThat(messages(first).findValuesAsString("address")).contains("owner3@example.com")
			.doesNotContain("son3@example.com");
		JsonNode household = get("/api/v1/households/" + p.householdIds().get(0), p.agent()).expect(200);
		put("/api/v1/households/" + p.householdIds().get(0), p.manager(), Map.of("room", household.get("room").asString(),
				"notifyAllMembers", true)).expect(200);
		JsonNode second = complaint(owner);
		postman.deliver();
		assertThat(messages(second).findValuesAsString("address")).contains("owner3@example.com", "son3@example.com");
		assertThat(smtp.getReceivedMessagesForDomain("son3@example.com")).hasSize(1);
	}

	@Test
	void theGatewaysReceiptsMarkMessagesDeliveredOrHandThemToTheNextChannel() throws Exception {
		long owner = residentWith("SMS", "wang4@example.com");
		JsonNode c = complaint(owner);
		postman.deliver();
		JsonNode sms = findChannel(messages(c), "SMS");
		String outId = json.readTree(gateway.findAll(postRequestedFor(urlEqualTo("/sms"))).get(0).getBodyAsString())
			.get("outId").asString();
		String hook = "/api/v1/hooks/sms-receipts";
		List<Map<String, Object>> delivered = List.of(Map.of("outId", outId, "delivered", true));
		assertThat(call(org.springframework.http.HttpMethod.POST, hook, null, delivered, Map.of("X-Anju-Token", "wrong"))
			.status()).isEqualTo(401);
		assertThat(call(org.springframework.http.HttpMethod.POST, hook, null, delivered, Map.of()).status()).isEqualTo(401);
		call(org.springframework.http.HttpMethod.POST, hook, null, delivered, Map.of("X-Anju-Token", "receipt-secret"))
			.expect(200);
		assertThat(findChannel(messages(c), "SMS").get("status").asString()).isEqualTo("DELIVERED");
		assertThat(sms.get("id").asLong()).isPositive();

		JsonNode next = complaint(owner);
		postman.deliver();
		String nextId = json.readTree(gateway.findAll(postRequestedFor(urlEqualTo("/sms"))).get(1).getBodyAsString())
			.get("outId").asString();
		JsonNode answer = call(org.springframework.http.HttpMethod.POST, hook, null,
				List.of(Map.of("outId", nextId, "delivered", false, "reason", "MOBILE_NUMBER_ILLEGAL"),
						Map.of("outId", "unknown", "delivered", true)),
				Map.of("X-Anju-Token", "receipt-secret")).expect(200);
		assertThat(answer.get("known").asInt()).isEqualTo(1);
		assertThat(findChannel(messages(next), "SMS").get("status").asString()).isEqualTo("FAILED");
		postman.deliver();
		assertThat(findChannel(messages(next), "EMAIL").get("status").asString()).isEqualTo("SENT");
	}

	@Test
	void aProjectThatDoesNotUseSmsReachesItsOwnersOtherwise() throws Exception {
		long owner = residentWith("SMS", "wang5@example.com");
		put("/api/v1/projects/" + p.projectId() + "/channels", p.agent(), List.of("EMAIL", "INBOX")).expect(403);
		JsonNode enabled = put("/api/v1/projects/" + p.projectId() + "/channels", p.manager(), List.of("EMAIL")).expect(200);
		assertThat(enabled.toString()).contains("EMAIL", "INBOX").doesNotContain("SMS");
		JsonNode c = complaint(owner);
		postman.deliver();
		assertThat(messages(c).findValuesAsString("channel")).contains("EMAIL").doesNotContain("SMS");
		assertThat(gateway.findAll(postRequestedFor(urlEqualTo("/sms")))).isEmpty();
	}

	@Test
	void templatesAreVersionedAndRefuseUnknownVariables() throws Exception {
		put("/api/v1/notification/templates/ACKNOWLEDGED", ADMIN,
				Map.of("subject", "受理 {number}", "body", "{salutation}您好 {unknown}")).expect(400);
		put("/api/v1/notification/templates/ACKNOWLEDGED", p.manager(),
				Map.of("subject", "受理 {number}", "body", "{salutation}您好")).expect(403);
		JsonNode versions = get("/api/v1/notification/templates/ACKNOWLEDGED", p.manager()).expect(200);
		assertThat(versions.get(0).get("version").asInt()).isPositive();
		get("/api/v1/notification/templates/NO_SUCH", p.manager()).expect(200);
	}

	private static JsonNode findChannel(JsonNode messages, String channel) {
		for (JsonNode m : messages) {
			if (m.get("channel").asString().equals(channel) && m.get("recipientType").asString().equals("RESIDENT")) {
				return m;
			}
		}
		throw new AssertionError("no " + channel + " message in " + messages);
	}

}
