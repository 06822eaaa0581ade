package org.anju.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbound calls, the household every call is linked to, callback reminders and the extended call statistics. */
class CallsIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Calls calls;

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	String mobile(int resident) throws Exception {
		return get("/api/v1/residents/" + p.residentIds().get(resident), p.agent()).expect(200).get("mobile")
			.asString();
	}

	Map<String, Object> dialled(String outcome, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("outcome", outcome));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

	long messages(String keyPrefix) {
		return jdbc.queryForObject("select count(*) from notification_message where idempotency_key like ?", Long.class,
				keyPrefix + "%");
	}

	@Test
	void anOutboundCallAboutAComplaintIsLinkedToItsHouseholdAndOnItsTimeline() throws Exception {
		long complaintId = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"WECHAT", "content", CallIntakeIT.LEAK)).expect(201).get("id").asLong();

		JsonNode call = post("/api/v1/intake/calls/outbound", p.agent(), dialled("REACHED", "complaintId", complaintId,
				"durationSeconds", 95, "notes", "业主同意明早九点上门")).expect(201);
		assertThat(call.get("direction").asString()).isEqualTo("OUT");
		assertThat(call.get("householdId").asLong()).isEqualTo(p.householdIds().get(0));
		assertThat(call.get("residentId").asLong()).isEqualTo(p.residentIds().get(0));
		assertThat(call.get("callerNumber").asString()).as("the complainant's mobile").isEqualTo(mobile(0));
		assertThat(call.get("durationSeconds").asLong()).isEqualTo(95);
		assertThat(call.get("complaints").findValues("complaintId").stream().map(JsonNode::asLong))
			.containsExactly(complaintId);
		assertThat(get("/api/v1/intake/calls?complaintId=" + complaintId, p.agent()).expect(200).findValues("id")
			.stream().map(JsonNode::asLong)).containsExactly(call.get("id").asLong());
		JsonNode timeline = get("/api/v1/complaints/" + complaintId + "/timeline", p.agent()).expect(200);
		assertThat(timeline.toString()).contains("PHONE: 去电 " + mobile(0) + "：已接通。业主同意明早九点上门");

		JsonNode toHousehold = post("/api/v1/intake/calls/outbound", p.agent(),
				dialled("NO_ANSWER", "householdId", p.householdIds().get(1))).expect(201);
		assertThat(toHousehold.get("callerNumber").asString()).as("a resident's mobile").isEqualTo(mobile(1));
		assertThat(toHousehold.get("complaints").size()).isZero();

		JsonNode inbound = post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", mobile(2))).expect(201);
		assertThat(get("/api/v1/intake/calls/" + inbound.get("callId").asLong(), p.agent()).expect(200)
			.get("householdId").asLong()).as("resolved from the number").isEqualTo(p.householdIds().get(2));
	}

	@Test
	void outboundCallsAreCheckedAndForTheServiceDeskOfTheProject() throws Exception {
		long household = p.householdIds().get(0);
		post("/api/v1/intake/calls/outbound", p.agent(), dialled("ENQUIRY", "householdId", household)).expect(400);
		post("/api/v1/intake/calls/outbound", p.agent(), Map.of("householdId", household)).expect(400);
		post("/api/v1/intake/calls/outbound", p.agent(), dialled("REACHED")).expect(400);
		post("/api/v1/intake/calls/outbound", p.staff(), dialled("REACHED", "householdId", household)).expect(403);
		ProjectFixture other = fixtures.project();
		post("/api/v1/intake/calls/outbound", p.agent(), dialled("REACHED", "householdId", other.householdIds().get(0)))
			.expect(404);
		post("/api/v1/intake/calls/outbound", p.agent(),
				dialled("REACHED", "householdId", household, "residentId", p.residentIds().get(1))).expect(400);
		long mine = post("/api/v1/intake/calls/outbound", p.agent(), dialled("BUSY", "householdId", household))
			.expect(201).get("id").asLong();
		get("/api/v1/intake/calls/" + mine, other.agent()).expect(404);
	}

	@Test
	void theAgentIsRemindedOfADueCallbackOnce() throws Exception {
		long callId = post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", mobile(0))).expect(201)
			.get("callId").asLong();
		Instant callbackAt = Instant.now().plus(Duration.ofHours(3));
		post("/api/v1/intake/calls/" + callId + "/end", p.agent(), Map.of("callbackAt", callbackAt.toString()))
			.expect(200);
		String key = "callback-reminder:" + callId + ":";

		calls.remindCallbacks(callbackAt.minusSeconds(60));
		assertThat(messages(key)).as("not before it is due").isZero();
		calls.remindCallbacks(callbackAt);
		assertThat(messages(key)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select recipient_id from notification_message where idempotency_key like ? "
				+ "and channel = 'INBOX' and recipient_type = 'STAFF'", Long.class, key + "%"))
			.isEqualTo(fixtures.staffId(p.agent()));
		calls.remindCallbacks(callbackAt.plusSeconds(600));
		assertThat(messages(key)).as("once").isEqualTo(1);
		assertThat(get("/api/v1/intake/calls/" + callId, p.agent()).expect(200).get("callbackRemindedAt").isNull())
			.isFalse();

		long done = post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", mobile(1))).expect(201)
			.get("callId").asLong();
		post("/api/v1/intake/calls/" + done + "/end", p.agent(), Map.of("callbackAt", callbackAt.toString()))
			.expect(200);
		post("/api/v1/intake/calls/" + done + "/callback-done", p.agent(), null).expect(200);
		calls.remindCallbacks(callbackAt.plusSeconds(600));
		assertThat(messages("callback-reminder:" + done + ":")).as("made already").isZero();
	}

	@Test
	void statisticsPerAgentAndDayCountInboundOutboundAnsweredAndCallbacks() throws Exception {
		LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);
		Instant noon = yesterday.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant();
		long household = p.householdIds().get(0);
		// inbound, answered, 60 s, callback at 14:00 made today (late)
		long first = call(mobile(0), noon);
		post("/api/v1/intake/calls/" + first + "/end", p.agent(),
				Map.of("durationSeconds", 60, "callbackAt", noon.plus(Duration.ofHours(2)).toString())).expect(200);
		// inbound, dropped, 5 s
		long second = call(mobile(0), noon.plus(Duration.ofMinutes(10)));
		post("/api/v1/intake/calls/" + second + "/end", p.agent(), Map.of("durationSeconds", 5, "outcome", "DROPPED"))
			.expect(200);
		// outbound, reached, 120 s
		post("/api/v1/intake/calls/outbound", p.agent(), dialled("REACHED", "householdId", household, "startedAt",
				noon.plus(Duration.ofMinutes(20)).toString(), "durationSeconds", 120)).expect(201);
		// outbound, no answer, 0 s, callback at 13:00 never made (late)
		post("/api/v1/intake/calls/outbound", p.agent(), dialled("NO_ANSWER", "householdId", household, "startedAt",
				noon.plus(Duration.ofMinutes(30)).toString(), "callbackAt", noon.plus(Duration.ofHours(1)).toString()))
			.expect(201);
		post("/api/v1/intake/calls/" + first + "/callback-done", p.agent(), null).expect(200);
		// today: outbound, busy, callback in ten minutes (due, not late)
		Instant soon = Instant.now().plus(Duration.ofMinutes(10));
		post("/api/v1/intake/calls/outbound", p.agent(),
				dialled("BUSY", "householdId", household, "callbackAt", soon.toString())).expect(201);

		String stats = "/api/v1/intake/calls/stats?projectId=" + p.projectId() + "&from=" + yesterday + "&to="
				+ yesterday.plusDays(2);
		JsonNode rows = get(stats, p.supervisor()).expect(200);
		long agent = fixtures.staffId(p.agent());
		JsonNode day = CallIntakeIT.row(rows, agent, yesterday);
		int inbound = 2;
		int outbound = 2;
		long talk = 60 + 5 + 120;
		assertThat(day.get("calls").asInt()).isEqualTo(inbound + outbound);
		assertThat(day.get("inbound").asInt()).isEqualTo(inbound);
		assertThat(day.get("outbound").asInt()).isEqualTo(outbound);
		assertThat(day.get("answered").asInt()).as("one inbound not dropped, one outbound reached").isEqualTo(2);
		assertThat(day.get("talkSeconds").asLong()).isEqualTo(talk);
		assertThat(day.get("averageTalkSeconds").asLong()).isEqualTo(Math.round(talk / 4.0));
		assertThat(day.get("callbacksScheduled").asInt()).isEqualTo(2);
		assertThat(day.get("callbacksDue").asInt()).isEqualTo(2);
		assertThat(day.get("callbacksLate").asInt()).isEqualTo(2);
		assertThat(day.get("callbacksDone").asInt()).isZero();
		assertThat(day.get("complaintsNew").asInt()).isZero();

		LocalDate today = LocalDate.now(SHANGHAI);
		JsonNode now = CallIntakeIT.row(rows, agent, today);
		assertThat(now.get("callbacksDone").asInt()).isEqualTo(1);
		assertThat(now.get("outbound").asInt()).isEqualTo(1);
		assertThat(now.get("answered").asInt()).isZero();
		JsonNode due = CallIntakeIT.row(rows, agent, LocalDate.ofInstant(soon, SHANGHAI));
		assertThat(due.get("callbacksDue").asInt()).isEqualTo(1);
		assertThat(due.get("callbacksLate").asInt()).isZero();
	}

	long call(String number, Instant startedAt) throws Exception {
		return post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", number, "startedAt", startedAt.toString()))
			.expect(201).get("callId").asLong();
	}

}
