package org.anju.intake;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integration sends complaints with its API token: each is checked and kept (202), then
 * registered, triaged and assigned in the background; bad ones are refused at once, and a
 * repeated Idempotency-Key returns the message kept the first time.
 */
class DeferredIntakeIT extends ApiTest {

	private static final String INTAKE = "/api/v1/intake/complaints";

	@Autowired
	DeferredIntake deferred;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aComplaintIsKeptAtOnceAndRegisteredInTheBackground() throws Exception {
		ProjectFixture p = fixtures.project();
		String token = token(p.agent());
		Response accepted = send(token, complaint(p, "电梯经常停在半路，按钮失灵，请派人检修"), Map.of());
		JsonNode message = accepted.expect(202);
		assertThat(accepted.header("Location")).isEqualTo("/api/v1/intake/messages/" + message.get("id").asLong());
		assertThat(message.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(message.has("complaintId")).isFalse();

		assertThat(deferred.handleWaiting(1000)).isPositive();

		JsonNode handled = get(accepted.header("Location"), p.agent()).expect(200);
		assertThat(handled.get("status").asString()).isEqualTo("ACCEPTED");
		JsonNode complaint = get("/api/v1/complaints/" + handled.get("complaintId").asLong(), p.agent()).expect(200);
		assertThat(complaint.get("number").asString()).isEqualTo(handled.get("complaintNumber").asString());
		assertThat(complaint.get("content").asString()).isEqualTo("电梯经常停在半路，按钮失灵，请派人检修");
		assertThat(complaint.get("channel").asString()).isEqualTo("APP");
		assertThat(complaint.has("topic")).as("triaged").isTrue();
		JsonNode created = get("/api/v1/complaints/" + complaint.get("id").asLong() + "/timeline", p.agent()).expect(200)
			.get(0);
		assertThat(created.get("type").asString()).isEqualTo("CREATED");
		assertThat(created.get("actorId").asLong()).as("recorded for the token's account")
			.isEqualTo(jdbc.queryForObject("select id from staff where username = ?", Long.class, p.agent()));
		assertThat(new String(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get(accepted.header("Location") + "/raw")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(p.agent(), PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
			.as("the raw request is kept").contains("电梯经常停在半路");
		assertThat(deferred.handleWaiting(1000)).as("nothing is handled twice").isZero();
	}

	@Test
	void badComplaintsAreRefusedAndNothingIsKept() throws Exception {
		ProjectFixture p = fixtures.project();
		ProjectFixture other = fixtures.project();
		String token = token(p.agent());
		Integer before = jdbc.queryForObject("select count(*) from intake_message", Integer.class);
		JsonNode blank = send(token, Map.of("residentId", p.residentIds().get(0), "channel", "APP", "content", " "),
				Map.of()).expect(400);
		assertThat(blank.toString()).contains("content");
		assertThat(send(token, "{not json", Map.of()).expect(400).toString()).contains("body");
		JsonNode foreign = send(token, complaint(other, "别的项目的投诉"), Map.of()).expect(400);
		assertThat(foreign.toString()).contains("residentId");
		assertThat(jdbc.queryForObject("select count(*) from intake_message", Integer.class)).isEqualTo(before);
		assertThat(call(HttpMethod.POST, INTAKE, null, complaint(p, "没有令牌")).status()).isEqualTo(401);
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstMessage() throws Exception {
		ProjectFixture p = fixtures.project();
		String token = token(p.agent());
		Map<String, String> key = Map.of("Idempotency-Key", "order-" + unique("k"));
		JsonNode first = send(token, complaint(p, "地下车库积水"), key).expect(202);
		JsonNode again = send(token, complaint(p, "地下车库积水"), key).expect(200);
		assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
		deferred.handleWaiting(1000);
		assertThat(jdbc.queryForObject("select count(*) from complaint where content = '地下车库积水' and project_id = ?",
				Integer.class, p.projectId())).isEqualTo(1);
		get("/api/v1/intake/messages/" + first.get("id").asLong(), fixtures.project().agent()).expect(404);
	}

	@Test
	void aMessageWhoseSenderWasDeactivatedIsQuarantined() throws Exception {
		ProjectFixture p = fixtures.project();
		JsonNode kept = send(token(p.staff()), complaint(p, "楼道灯坏了"), Map.of()).expect(202);
		jdbc.update("update staff set active = false where username = ?", p.staff());
		deferred.handleWaiting(1000);
		JsonNode message = get("/api/v1/intake/messages/" + kept.get("id").asLong(), p.agent()).expect(200);
		assertThat(message.get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(message.get("reason").asString()).contains("no longer active");
	}

	private Map<String, Object> complaint(ProjectFixture p, String content) {
		return Map.of("residentId", p.residentIds().get(0), "channel", "APP", "content", content);
	}

	private Response send(String token, Object body, Map<String, String> headers) throws Exception {
		Map<String, String> all = new java.util.HashMap<>(headers);
		all.put("Authorization", "Bearer " + token);
		return call(HttpMethod.POST, INTAKE, null, body, all);
	}

	private String token(String user) throws Exception {
		return post("/api/v1/staff/me/tokens", user, Map.of("name", "集成")).expect(201).get("token").asString();
	}

}
