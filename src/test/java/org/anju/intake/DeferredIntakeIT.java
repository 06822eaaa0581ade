package org.anju.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * repeated Idempotency-Key returns the message kept the first time. A batch is kept whole or
 * refused whole.
 */
class DeferredIntakeIT extends ApiTest {

	private static final String INTAKE = "/api/v1/intake/complaints";

	private static final String BATCHES = "/api/v1/intake/batches";

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
	void eachPersonsMessagesAreRegisteredInOrderWhileOthersRunBesideThem() throws Exception {
		ProjectFixture p = fixtures.project();
		String token = token(p.agent());
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (int r = 0; r < 3; r++) {
				batch.add(Map.of("residentId", p.residentIds().get(r), "channel", "APP", "content",
						"楼上装修电钻噪音太大，第" + (round + 1) + "次反映"));
			}
			// the first resident again, by phone only: the same person, so the same lane
			batch.add(Map.of("projectId", p.projectId(), "complainantName", "同一人", "complainantPhone",
					jdbc.queryForObject("select mobile from resident where id = ?", String.class, p.residentIds().get(0)),
					"channel", "PHONE", "content", "装修噪音还是很大，电钻一直响"));
		}
		JsonNode kept = send(BATCHES, token, Map.of("complaints", batch), Map.of()).expect(202).get("messages");

		assertThat(deferred.handleWaiting(1000)).isGreaterThanOrEqualTo(batch.size());

		List<String> statuses = new ArrayList<>();
		for (JsonNode m : kept) {
			statuses.add(get("/api/v1/intake/messages/" + m.get("id").asLong(), p.agent()).expect(200).get("status")
				.asString());
		}
		assertThat(statuses.subList(0, 3)).as("each resident's first").containsOnly("ACCEPTED");
		assertThat(statuses.subList(3, statuses.size())).as("then merged into it, never a second complaint")
			.containsOnly("MERGED");
		assertThat(jdbc.queryForObject("select count(*) from complaint where project_id = ?", Integer.class,
				p.projectId())).isEqualTo(3);
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

	@Test
	void aBatchIsKeptInOrderAndRegisteredInTheBackground() throws Exception {
		ProjectFixture p = fixtures.project();
		List<Map<String, Object>> batch = List.of(complaint(p, "电梯困人了，快来"),
				Map.of("residentId", p.residentIds().get(1), "channel", "WECHAT", "content", "楼上装修噪音太大"),
				Map.of("projectId", p.projectId(), "complainantName", "路人", "complainantPhone", "13800000000",
						"channel", "PHONE", "title", "小区门口", "content", "小区门口垃圾堆了三天没人清理"));
		JsonNode kept = send(BATCHES, token(p.agent()), Map.of("complaints", batch), Map.of()).expect(202)
			.get("messages");
		assertThat(kept).hasSize(3);
		assertThat(kept.get(1).get("channel").asString()).isEqualTo("WECHAT");
		assertThat(kept.get(2).get("subject").asString()).isEqualTo("小区门口");
		kept.forEach(m -> assertThat(m.get("status").asString()).isEqualTo("RECEIVED"));

		assertThat(deferred.handleWaiting(1000)).isGreaterThanOrEqualTo(3);

		for (int i = 0; i < 3; i++) {
			JsonNode message = get("/api/v1/intake/messages/" + kept.get(i).get("id").asLong(), p.agent()).expect(200);
			assertThat(message.get("status").asString()).isEqualTo("ACCEPTED");
			JsonNode complaint = get("/api/v1/complaints/" + message.get("complaintId").asLong(), p.agent()).expect(200);
			assertThat(complaint.get("content").asString()).isEqualTo(batch.get(i).get("content"));
			assertThat(complaint.get("channel").asString()).isEqualTo(batch.get(i).get("channel"));
		}
	}

	@Test
	void aBatchWithOneBadComplaintIsRefusedWhole() throws Exception {
		ProjectFixture p = fixtures.project();
		String token = token(p.agent());
		Integer before = jdbc.queryForObject("select count(*) from intake_message", Integer.class);
		String malformed = send(BATCHES, token, Map.of("complaints", List.of(complaint(p, "正常的投诉"),
				Map.of("residentId", p.residentIds().get(0), "channel", "APP", "content", " "),
				Map.of("residentId", p.residentIds().get(0), "channel", "CARRIER_PIGEON", "content", "x"))),
				Map.of()).expect(400).toString();
		assertThat(malformed).contains("complaints[1].content", "complaints[2]").doesNotContain("complaints[0]");
		String foreign = send(BATCHES, token, Map.of("complaints", List.of(complaint(p, "正常的投诉"),
				complaint(fixtures.project(), "别的项目的投诉"))), Map.of()).expect(400).toString();
		assertThat(foreign).contains("complaints[1].residentId").doesNotContain("complaints[0]");
		assertThat(send(BATCHES, token, Map.of("complaints", List.of()), Map.of()).expect(400).toString())
			.contains("complaints");
		assertThat(send(BATCHES, token, Map.of("complaints", List.of("just text")), Map.of()).expect(400).toString())
			.contains("complaints[0]");
		assertThat(send(BATCHES, token, Map.of("complaints", Collections.nCopies(DeferredIntake.MAX_BATCH + 1,
				complaint(p, "太多了"))), Map.of()).expect(400).toString()).contains("at most");
		assertThat(jdbc.queryForObject("select count(*) from intake_message", Integer.class)).isEqualTo(before);
	}

	@Test
	void aRepeatedBatchKeyReturnsTheFirstMessages() throws Exception {
		ProjectFixture p = fixtures.project();
		String token = token(p.agent());
		Map<String, String> key = Map.of("Idempotency-Key", unique("batch"));
		Map<String, Object> body = Map.of("complaints", List.of(complaint(p, "水压太低"), complaint(p, "停车位被占")));
		JsonNode first = send(BATCHES, token, body, key).expect(202).get("messages");
		JsonNode again = send(BATCHES, token, body, key).expect(200).get("messages");
		JsonNode other = send(BATCHES, token, Map.of("complaints", List.of(complaint(p, "另一批"))), key).expect(200)
			.get("messages");
		for (JsonNode replay : List.of(again, other)) {
			assertThat(replay).as("the whole first batch, whatever is sent again").hasSize(2);
			for (int i = 0; i < 2; i++) {
				assertThat(replay.get(i).get("id").asLong()).isEqualTo(first.get(i).get("id").asLong());
			}
		}
		deferred.handleWaiting(1000);
		assertThat(jdbc.queryForObject("select count(*) from complaint where project_id = ?", Integer.class,
				p.projectId())).isEqualTo(2);
	}

	private Map<String, Object> complaint(ProjectFixture p, String content) {
		return Map.of("residentId", p.residentIds().get(0), "channel", "APP", "content", content);
	}

	private Response send(String token, Object body, Map<String, String> headers) throws Exception {
		return send(INTAKE, token, body, headers);
	}

	private Response send(String path, String token, Object body, Map<String, String> headers) throws Exception {
		Map<String, String> all = new java.util.HashMap<>(headers);
		all.put("Authorization", "Bearer " + token);
		return call(HttpMethod.POST, path, null, body, all);
	}

	private String token(String user) throws Exception {
		return post("/api/v1/staff/me/tokens", user, Map.of("name", "集成")).expect(201).get("token").asString();
	}

}
