package org.anju.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaints;
import org.anju.complaint.NewComplaint;
import org.anju.platform.security.Actor;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The hotline: screen pop, complaints recorded from a call, callbacks and call statistics. */
class CallIntakeIT extends ApiTest {

	static final String LEAK = "厨房水管爆了，水哗哗往外冒，地上全是水";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Complaints complaints;

	@Autowired
	InboundMessageRepository messages;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	String mobile(int resident) throws Exception {
		return get("/api/v1/residents/" + p.residentIds().get(resident), p.agent()).expect(200).get("mobile")
			.asString();
	}

	JsonNode ring(String user, String number) throws Exception {
		return post("/api/v1/intake/calls", user, Map.of("callerNumber", number, "line", "4008-001")).expect(201);
	}

	Response record(String user, long callId, Map<String, Object> form) throws Exception {
		return post("/api/v1/intake/calls/" + callId + "/complaints", user, form);
	}

	long inboundOf(long projectId) {
		return messages.findAll().stream().filter(m -> Long.valueOf(projectId).equals(m.getProjectId())).count();
	}

	static String unknownNumber() {
		return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	@Test
	void theScreenPopShowsEveryHouseholdOfTheCallerWithOpenComplaintsAndHistory() throws Exception {
		String number = mobile(0);
		long secondFlat = p.householdIds().get(3);
		post("/api/v1/households/" + secondFlat + "/residents", ADMIN,
				Map.of("name", "业主11", "relation", "OWNER", "mobile", number, "preferredChannel", "WECHAT"))
			.expect(201);
		JsonNode open = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"WECHAT", "content", LEAK)).expect(201);

		JsonNode pop = ring(p.agent(), "+86 " + number.substring(0, 3) + "-" + number.substring(3));
		assertThat(pop.get("callId").asLong()).isPositive();
		assertThat(pop.get("callerNumber").asString()).isEqualTo(number);
		assertThat(pop.get("projectId").asLong()).isEqualTo(p.projectId());
		assertThat(pop.get("residents").findValuesAsString("relation")).containsExactly("OWNER", "OWNER");
		assertThat(pop.get("residents").findValuesAsString("preferredChannel")).containsExactly("SMS", "WECHAT");
		assertThat(pop.get("households").findValues("householdId").stream().map(JsonNode::asLong))
			.containsExactly(p.householdIds().get(0), secondFlat);
		JsonNode first = pop.get("households").get(0);
		assertThat(first.get("household").asString()).contains("1栋");
		assertThat(first.get("open").findValuesAsString("number")).containsExactly(open.get("number").asString());
		JsonNode recent = first.get("recent").get(0);
		assertThat(recent.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(recent.get("assigneeName").asString()).isEqualTo("员工" + p.staff());
		assertThat(pop.get("households").get(1).get("recent").size()).isZero();
		assertThat(pop.get("fromThisPhone").size()).isZero();
	}

	@Test
	void anUnknownNumberShowsTheComplaintsMadeFromItBefore() throws Exception {
		String number = unknownNumber();
		JsonNode earlier = post("/api/v1/complaints", p.agent(), Map.of("projectId", p.projectId(),
				"complainantName", "路过的访客", "complainantPhone", number, "channel", "PHONE", "content",
				"小区东门的垃圾桶满了好几天没人清理，臭气熏天")).expect(201);

		JsonNode pop = ring(p.agent(), number);
		assertThat(pop.get("residents").size()).isZero();
		assertThat(pop.get("households").size()).isZero();
		assertThat(pop.get("fromThisPhone").findValuesAsString("number"))
			.containsExactly(earlier.get("number").asString());
		assertThat(pop.get("projectId").asLong()).as("the agent's only project").isEqualTo(p.projectId());
	}

	@Test
	void aComplaintRecordedFromACallIsTriagedAssignedAndLinkedToTheCall() throws Exception {
		JsonNode pop = ring(p.agent(), mobile(1));
		long callId = pop.get("callId").asLong();

		JsonNode recorded = record(p.agent(), callId, Map.of("residentId", p.residentIds().get(1), "content", LEAK))
			.expect(201);
		assertThat(recorded.get("merged").asBoolean()).isFalse();
		assertThat(recorded.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(recorded.get("assigneeId").asLong()).isEqualTo(fixtures.staffId(p.staff()));
		assertThat(recorded.get("intakeMillis").isNumber()).isTrue();
		long complaintId = recorded.get("complaintId").asLong();

		JsonNode complaint = get("/api/v1/complaints/" + complaintId, p.agent()).expect(200);
		assertThat(complaint.get("channel").asString()).isEqualTo("PHONE");
		assertThat(complaint.get("topic").asString()).isEqualTo("WATER_LEAK");
		assertThat(complaint.get("intakeMillis").asLong()).isEqualTo(recorded.get("intakeMillis").asLong());
		assertThat(Instant.parse(complaint.get("receivedAt").asString()))
			.isEqualTo(Instant.parse(pop.get("startedAt").asString()));

		JsonNode call = get("/api/v1/intake/calls/" + callId, p.agent()).expect(200);
		assertThat(call.get("complaints").findValues("complaintId").stream().map(JsonNode::asLong))
			.containsExactly(complaintId);
		assertThat(call.get("outcome").asString()).isEqualTo("COMPLAINT");
		assertThat(get("/api/v1/intake/calls?complaintId=" + complaintId, p.agent()).expect(200)
			.findValues("id").stream().map(JsonNode::asLong)).containsExactly(callId);

		JsonNode inbound = get("/api/v1/intake/messages?complaintId=" + complaintId, p.agent()).expect(200).get(0);
		assertThat(inbound.get("externalId").asString()).isEqualTo("call-" + callId + "-1");
		assertThat(inbound.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(inbound.get("rawType").asString()).isEqualTo("application/json");
	}

	@Test
	void theSameOwnersWechatMessageOfAnHourAgoTakesTheCallAsAnOwnerMessage() throws Exception {
		long resident = p.residentIds().get(2);
		long wechat = complaints.receive(new NewComplaint(null, resident, null, null, null, null, Channel.WECHAT,
				Instant.now().minus(Duration.ofHours(1)), null, LEAK, null, null, null), Actor.SYSTEM)
			.complaint().getId();
		long callId = ring(p.agent(), mobile(2)).get("callId").asLong();

		JsonNode merged = record(p.agent(), callId, Map.of("residentId", resident, "content",
				"又是我，厨房水管爆了的那家，水还在往外冒，人怎么还没来")).expect(200);
		assertThat(merged.get("merged").asBoolean()).isTrue();
		assertThat(merged.get("complaintId").asLong()).isEqualTo(wechat);
		assertThat(get("/api/v1/complaints?householdId=" + p.householdIds().get(2), p.agent()).expect(200)
			.get("content").size()).isEqualTo(1);
		assertThat(get("/api/v1/complaints/" + wechat + "/timeline", p.agent()).expect(200).findValuesAsString("type"))
			.contains("OWNER_MESSAGE");
		assertThat(get("/api/v1/intake/calls/" + callId, p.agent()).expect(200).get("complaints").get(0)
			.get("merged").asBoolean()).isTrue();
		assertThat(get("/api/v1/intake/messages?complaintId=" + wechat, p.agent()).expect(200)
			.findValuesAsString("status")).containsExactly("MERGED");
	}

	@Test
	void aHalfFilledFormIsRefusedBeforeAnythingIsKept() throws Exception {
		long callId = ring(p.agent(), unknownNumber()).get("callId").asLong();
		long before = inboundOf(p.projectId());

		assertThat(record(p.agent(), callId, Map.of("complainantName", "张先生")).expect(400).toString())
			.contains("content");
		assertThat(record(p.agent(), callId, Map.of("content", LEAK)).expect(400).get("errors").toString())
			.contains("complainantName");
		assertThat(record(p.agent(), callId, Map.of("complainantName", "张先生", "content", LEAK, "topic", "NO_SUCH"))
			.expect(400).get("errors").toString()).contains("topic");
		ProjectFixture other = fixtures.project();
		assertThat(record(p.agent(), callId, Map.of("residentId", other.residentIds().get(0), "content", LEAK))
			.expect(400).get("errors").toString()).contains("residentId");
		assertThat(inboundOf(p.projectId())).isEqualTo(before);
		assertThat(get("/api/v1/intake/calls/" + callId, p.agent()).expect(200).get("complaints").size()).isZero();

		JsonNode taken = record(p.agent(), callId, Map.of("complainantName", "张先生", "content", LEAK)).expect(201);
		JsonNode complaint = get("/api/v1/complaints/" + taken.get("complaintId").asLong(), p.agent()).expect(200);
		assertThat(complaint.get("complainant").get("phone").asString())
			.as("the caller's number").isEqualTo(get("/api/v1/intake/calls/" + callId, p.agent()).expect(200)
				.get("callerNumber").asString());
	}

	@Test
	void endingACallSchedulesACallbackThatIsDueAndThenDone() throws Exception {
		long callId = ring(p.agent(), mobile(0)).get("callId").asLong();
		long complaintId = record(p.agent(), callId, Map.of("residentId", p.residentIds().get(0), "content", LEAK))
			.expect(201).get("complaintId").asLong();
		Instant callbackAt = Instant.now().plus(Duration.ofHours(1));

		JsonNode ended = post("/api/v1/intake/calls/" + callId + "/end", p.agent(),
				Map.of("durationSeconds", 185, "notes", "业主情绪平稳", "callbackAt", callbackAt.toString())).expect(200);
		assertThat(ended.get("durationSeconds").asLong()).isEqualTo(185);
		assertThat(Duration.between(Instant.parse(ended.get("startedAt").asString()),
				Instant.parse(ended.get("endedAt").asString()))).isEqualTo(Duration.ofSeconds(185));
		post("/api/v1/intake/calls/" + callId + "/end", p.agent(), Map.of()).expect(409);

		String due = "/api/v1/intake/callbacks?projectId=" + p.projectId() + "&due=";
		assertThat(get(due + Instant.now(), p.agent()).expect(200).size()).isZero();
		assertThat(get(due + callbackAt.plusSeconds(60), p.agent()).expect(200).findValues("id").stream()
			.map(JsonNode::asLong)).containsExactly(callId);

		JsonNode done = post("/api/v1/intake/calls/" + callId + "/callback-done", p.agent(),
				Map.of("summary", "已告知业主维修师傅明早九点上门")).expect(200);
		assertThat(done.get("callbackDoneAt").isNull()).isFalse();
		post("/api/v1/intake/calls/" + callId + "/callback-done", p.agent(), null).expect(409);
		assertThat(get(due + callbackAt.plusSeconds(60), p.agent()).expect(200).size()).isZero();

		JsonNode timeline = get("/api/v1/complaints/" + complaintId + "/timeline", p.agent()).expect(200);
		assertThat(timeline.toString()).contains("PHONE: 已告知业主维修师傅明早九点上门", "回电");
		assertThat(timeline.findValuesAsString("type")).contains("CONTACT", "NOTE");

		long withoutCallback = ring(p.agent(), mobile(1)).get("callId").asLong();
		post("/api/v1/intake/calls/" + withoutCallback + "/end", p.agent(), null).expect(200);
		post("/api/v1/intake/calls/" + withoutCallback + "/callback-done", p.agent(), null).expect(409);
		assertThat(get("/api/v1/intake/calls/" + withoutCallback, p.agent()).expect(200).get("outcome").asString())
			.isEqualTo("ENQUIRY");
	}

	@Test
	void statisticsPerAgentAndDayCountTheCallsMade() throws Exception {
		String agent2 = fixtures.staff(p.projectId(), "AGENT", "CUSTOMER_SERVICE");
		LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);
		Instant noon = yesterday.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant();
		long first = call(p.agent(), mobile(0), noon);
		record(p.agent(), first, Map.of("residentId", p.residentIds().get(0), "content", LEAK)).expect(201);
		post("/api/v1/intake/calls/" + first + "/end", p.agent(),
				Map.of("durationSeconds", 120, "callbackAt", noon.plus(Duration.ofHours(2)).toString())).expect(200);
		long second = call(p.agent(), mobile(0), noon.plus(Duration.ofMinutes(30)));
		record(p.agent(), second, Map.of("residentId", p.residentIds().get(0), "content", LEAK)).expect(200);
		post("/api/v1/intake/calls/" + second + "/end", p.agent(), Map.of("durationSeconds", 61)).expect(200);
		call(p.agent(), unknownNumber(), noon.plus(Duration.ofHours(1)));
		long other = call(agent2, unknownNumber(), noon);
		post("/api/v1/intake/calls/" + other + "/end", agent2, Map.of("durationSeconds", 30)).expect(200);
		post("/api/v1/intake/calls/" + first + "/callback-done", agent2, null).expect(200);

		String stats = "/api/v1/intake/calls/stats?projectId=" + p.projectId() + "&from=" + yesterday + "&to="
				+ yesterday.plusDays(1);
		JsonNode rows = get(stats, p.supervisor()).expect(200);
		JsonNode mine = row(rows, fixtures.staffId(p.agent()), yesterday);
		assertThat(mine.get("calls").asInt()).isEqualTo(3);
		assertThat(mine.get("talkSeconds").asLong()).isEqualTo(181);
		assertThat(mine.get("averageTalkSeconds").asLong()).as("over the two ended calls").isEqualTo(91);
		assertThat(mine.get("complaintsNew").asInt()).isEqualTo(1);
		assertThat(mine.get("complaintsMerged").asInt()).isEqualTo(1);
		assertThat(mine.get("callbacksScheduled").asInt()).isEqualTo(1);
		assertThat(mine.get("callbacksDone").asInt()).isZero();
		assertThat(mine.get("agentName").asString()).isEqualTo("员工" + p.agent());
		JsonNode theirs = row(rows, fixtures.staffId(agent2), yesterday);
		assertThat(theirs.get("calls").asInt()).isEqualTo(1);
		assertThat(theirs.get("talkSeconds").asLong()).isEqualTo(30);
		assertThat(row(rows, fixtures.staffId(agent2), LocalDate.now(SHANGHAI)).get("callbacksDone").asInt())
			.isEqualTo(1);

		assertThat(get(stats, p.agent()).expect(200).findValues("agentId").stream().map(JsonNode::asLong))
			.as("an agent sees their own rows").containsOnly(fixtures.staffId(p.agent()));
		get(stats.replace("to=" + yesterday.plusDays(1), "to=" + yesterday.minusDays(2)), p.supervisor()).expect(400);
	}

	long call(String user, String number, Instant startedAt) throws Exception {
		return post("/api/v1/intake/calls", user, Map.of("callerNumber", number, "startedAt", startedAt.toString()))
			.expect(201).get("callId").asLong();
	}

	static JsonNode row(JsonNode rows, long agentId, LocalDate date) {
		for (JsonNode row : rows) {
			if (row.get("agentId").asLong() == agentId && row.get("date").asString().equals(date.toString())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + agentId + " on " + date + " in " + rows);
	}

	@Test
	void onlyTheServiceDeskTakesCallsAndOnlyInItsOwnProjects() throws Exception {
		String number = mobile(0);
		post("/api/v1/intake/calls", p.staff(), Map.of("callerNumber", number)).expect(403);
		post("/api/v1/intake/calls", p.reviewer(), Map.of("callerNumber", number)).expect(403);
		post("/api/v1/intake/calls", p.agent(), Map.of("line", "4008-001")).expect(400);
		ProjectFixture other = fixtures.project();
		post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", number, "projectId", other.projectId()))
			.expect(404);
		assertThat(ring(p.manager(), number).get("residents").size()).isEqualTo(1);
		assertThat(ring(other.agent(), number).get("residents").size()).as("not in the agent's projects").isZero();
		assertThat(ring(ADMIN, number).get("projectId").asLong()).isEqualTo(p.projectId());

		long callId = ring(p.agent(), number).get("callId").asLong();
		get("/api/v1/intake/calls/" + callId, p.staff()).expect(403);
		get("/api/v1/intake/calls/" + callId, other.agent()).expect(404);
		record(other.agent(), callId, Map.of("residentId", p.residentIds().get(0), "content", LEAK)).expect(404);
		record(p.staff(), callId, Map.of("residentId", p.residentIds().get(0), "content", LEAK)).expect(403);
		String colleague = fixtures.staff(p.projectId(), "AGENT", "CUSTOMER_SERVICE");
		post("/api/v1/intake/calls/" + callId + "/end", colleague, null).expect(403);
		post("/api/v1/intake/calls/" + callId + "/end", p.supervisor(), null).expect(200);
		get("/api/v1/intake/callbacks?projectId=" + p.projectId(), p.reviewer()).expect(403);
		get("/api/v1/intake/callbacks?projectId=" + other.projectId(), p.agent()).expect(404);
		get("/api/v1/intake/calls/stats?projectId=" + p.projectId(), p.staff()).expect(403);
		get("/api/v1/intake/calls/stats?projectId=" + other.projectId(), p.supervisor()).expect(404);
		Map<String, Object> future = new HashMap<>(Map.of("callerNumber", number));
		future.put("startedAt", Instant.now().plus(Duration.ofHours(1)).toString());
		post("/api/v1/intake/calls", p.agent(), future).expect(400);
	}

}
