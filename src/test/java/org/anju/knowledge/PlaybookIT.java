package org.anju.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The playbook on a complaint over the API: suggestion, checklist, required records, scripts, overrides. */
class PlaybookIT extends ApiTest {

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	@Test
	void aLiftEntrapmentCannotBeResolvedBeforeItsRecordsAreTaken() throws Exception {
		JsonNode complaint = register("电梯突然停了，我妈妈被困在3号楼电梯里出不来了", "ELEVATOR_ENTRAPMENT");
		long id = complaint.get("id").asLong();
		Instant received = Instant.parse(complaint.get("receivedAt").asString());
		JsonNode playbook = get("/api/v1/complaints/" + id + "/playbook", p.agent()).expect(200);
		assertThat(playbook.get("entry").get("code").asString()).isEqualTo("ELEVATOR_ENTRAPMENT");
		JsonNode steps = playbook.get("steps");
		assertThat(steps.size()).isGreaterThan(0);
		JsonNode timed = null;
		for (JsonNode step : steps) {
			if (present(step, "dueAt")) {
				timed = step;
				break;
			}
		}
		assertThat(timed).as("a timed step").isNotNull();
		assertThat(Instant.parse(timed.get("dueAt").asString())).isAfter(received)
			.isBeforeOrEqualTo(received.plus(Duration.ofHours(24)));
		assertThat(playbook.get("records").size()).isGreaterThanOrEqualTo(2);

		bringToWork(id);
		JsonNode refused = post("/api/v1/complaints/" + id + "/resolve", p.supervisor(), Map.of("summary", "已救出"))
			.expect(409);
		assertThat(refused.get("missingRecords").size()).isEqualTo(playbook.get("records").size());
		for (JsonNode record : playbook.get("records")) {
			put("/api/v1/complaints/" + id + "/playbook/records/" + record.get("key").asString(), p.supervisor(),
					Map.of("value", "25")).expect(200);
		}
		JsonNode ticked = post("/api/v1/complaints/" + id + "/playbook/steps/1/done", p.supervisor(), null).expect(200);
		assertThat(present(ticked.get("steps").get(0), "doneAt")).isTrue();
		post("/api/v1/complaints/" + id + "/resolve", p.supervisor(), Map.of("summary", "已救出")).expect(200);
		String timeline = get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).toString();
		assertThat(timeline).contains("PLAYBOOK", "完成：", "记录");
	}

	@Test
	void aScriptIsFilledAndAnotherScenarioCanBeAppliedUntilAStepIsDone() throws Exception {
		long id = register("电梯突然停住了，人关在电梯里出不来", "ELEVATOR_ENTRAPMENT").get("id").asLong();
		String text = post("/api/v1/complaints/" + id + "/playbook/scripts/0", p.agent(), Map.of("cause", "门机故障"))
			.expect(200).get("text").asString();
		assertThat(text).doesNotContain("{salutation}", "{expected}", "{cause}", "{number}");
		assertThat(post("/api/v1/complaints/" + id + "/playbook/scripts/99", p.agent(), Map.of()).status())
			.isEqualTo(404);

		long parking = register("我的固定车位又被别人的车占了，产权车位", "PARKING_OCCUPIED").get("id").asLong();
		JsonNode view = get("/api/v1/complaints/" + parking + "/playbook", p.agent()).expect(200);
		String applied = view.get("scenario").get("code").asString();
		String other = null;
		for (JsonNode s : view.get("entry").get("scenarios")) {
			if (!s.get("code").asString().equals(applied)) {
				other = s.get("code").asString();
			}
		}
		assertThat(other).as("the entry has another scenario").isNotNull();
		JsonNode switched = put("/api/v1/complaints/" + parking + "/playbook", p.agent(),
				Map.of("entry", "PARKING_OCCUPIED", "scenario", other)).expect(200);
		assertThat(switched.get("scenario").get("code").asString()).isEqualTo(other);
		post("/api/v1/complaints/" + parking + "/playbook/steps/1/done", p.agent(), null).expect(200);
		assertThat(put("/api/v1/complaints/" + parking + "/playbook", p.agent(),
				Map.of("entry", "PARKING_OCCUPIED", "scenario", applied)).status()).isEqualTo(409);
		assertThat(put("/api/v1/complaints/" + parking + "/playbook", p.agent(),
				Map.of("entry", "NO_SUCH", "scenario", applied)).status()).isEqualTo(400);
		assertThat(get("/api/v1/complaints/" + parking + "/playbook", fixtures.project().agent()).status())
			.isEqualTo(404);
	}

	@Test
	void aManagerOverridesAnEntryForTheirProjectOnly() throws Exception {
		JsonNode company = entry("PARKING_OCCUPIED", null);
		Map<String, Object> override = Map.of("projectId", p.projectId(), "title", "车位被占（本项目）", "topics",
				List.of("PARKING_OCCUPIED"), "scenarios", json.convertValue(company.get("scenarios"), List.class));
		JsonNode saved = put("/api/v1/knowledge/entries/PARKING_OCCUPIED", p.manager(), override).expect(200);
		assertThat(saved.get("revision").asInt()).isEqualTo(1);
		assertThat(entry("PARKING_OCCUPIED", p.projectId()).get("title").asString()).isEqualTo("车位被占（本项目）");
		assertThat(entry("PARKING_OCCUPIED", null).get("title").asString()).isEqualTo(company.get("title").asString());
		assertThat(put("/api/v1/knowledge/entries/PARKING_OCCUPIED", p.manager(), Map.of("title", "全公司", "topics",
				List.of("PARKING_OCCUPIED"), "scenarios", json.convertValue(company.get("scenarios"), List.class)))
			.status()).as("the company's entry is the administrator's").isEqualTo(403);
		Map<String, Object> bad = Map.of("projectId", p.projectId(), "title", "坏的", "topics", List.of("NO_TOPIC"),
				"scenarios", List.of(Map.of("code", "X", "name", "x", "scripts",
						List.of(Map.of("name", "s", "text", "{nonsense}")))));
		JsonNode refused = put("/api/v1/knowledge/entries/PARKING_OCCUPIED", p.manager(), bad).expect(400);
		assertThat(refused.get("errors").toString()).contains("topics", "placeholder");
		assertThat(get("/api/v1/knowledge/entries/PARKING_OCCUPIED/history", p.agent()).expect(200).size())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aClosedComplaintBecomesAnAnonymisedTrainingCaseAndTheStatisticsCountThePlaybook() throws Exception {
		long id = register("我的固定车位被一辆白色车占了，车主电话13812345678，我住3栋2单元1201", "PARKING_OCCUPIED")
			.get("id").asLong();
		assertThat(post("/api/v1/complaints/" + id + "/training-case", p.supervisor(), null).status())
			.as("only a closed complaint").isEqualTo(409);
		bringToWork(id);
		JsonNode view = get("/api/v1/complaints/" + id + "/playbook", p.supervisor()).expect(200);
		for (JsonNode step : view.get("steps")) {
			if (!present(step, "record")) {
				post("/api/v1/complaints/" + id + "/playbook/steps/" + step.get("position").asInt() + "/done",
						p.supervisor(), null).expect(200);
			}
		}
		post("/api/v1/complaints/" + id + "/resolve", p.supervisor(), Map.of("summary", "已联系车主挪车")).expect(200);
		post("/api/v1/complaints/" + id + "/close", p.agent(), Map.of("note", "业主确认")).expect(200);

		assertThat(post("/api/v1/complaints/" + id + "/training-case", p.agent(), null).status()).isEqualTo(403);
		JsonNode draft = post("/api/v1/complaints/" + id + "/training-case", p.supervisor(), null).expect(201);
		assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("entryCode").asString()).isEqualTo("PARKING_OCCUPIED");
		assertThat(draft.get("summary").asString()).contains("固定车位", "已联系车主挪车").doesNotContain("13812345678", "1201",
				"业主11");
		long caseId = draft.get("id").asLong();
		put("/api/v1/knowledge/cases/" + caseId, p.supervisor(), Map.of("title", "车位被占的处理", "summary",
				draft.get("summary").asString() + "\n点评：当场联系车主最有效。")).expect(200);
		assertThat(post("/api/v1/knowledge/cases/" + caseId + "/publish", p.supervisor(), null).status()).isEqualTo(403);
		assertThat(post("/api/v1/knowledge/cases/" + caseId + "/publish", p.manager(), null).expect(200).get("state")
			.asString()).isEqualTo("PUBLISHED");
		assertThat(get("/api/v1/knowledge/cases?entry=PARKING_OCCUPIED", p.agent()).expect(200).toString())
			.contains("车位被占的处理");
		assertThat(get("/api/v1/knowledge/cases", fixtures.project().agent()).expect(200).toString())
			.doesNotContain("车位被占的处理");

		assertThat(get("/api/v1/knowledge/search?q=当场联系车主", p.agent())
			.expect(200).toString()).as("a published case is found").contains("CASE-" + caseId);
		JsonNode hits = get("/api/v1/knowledge/search?q=电梯困人&limit=50",
				p.agent()).expect(200);
		java.util.List<String> codes = new java.util.ArrayList<>();
		hits.forEach(h -> codes.add(h.has("entryCode") ? h.get("entryCode").asString() : "#" + h.get("number").asString()));
		assertThat(codes).as("the playbook's entries are found").contains("ELEVATOR_ENTRAPMENT");

		JsonNode stats = get("/api/v1/knowledge/stats?projectId=" + p.projectId(), p.manager()).expect(200);
		JsonNode parking = null;
		for (JsonNode s : stats) {
			if (s.get("entry").asString().equals("PARKING_OCCUPIED")) {
				parking = s;
			}
		}
		assertThat(parking).isNotNull();
		assertThat(parking.get("applied").asLong()).isEqualTo(1);
		assertThat(parking.get("followed").asLong()).isEqualTo(1);
	}

	static boolean present(JsonNode node, String field) {
		return node.has(field) && !node.get(field).isNull();
	}

	JsonNode entry(String code, Long projectId) throws Exception {
		for (JsonNode e : get("/api/v1/knowledge/entries" + (projectId == null ? "" : "?projectId=" + projectId),
				p.manager()).expect(200)) {
			if (e.get("code").asString().equals(code)) {
				return e;
			}
		}
		throw new AssertionError("no entry " + code);
	}

	JsonNode register(String content, String topic) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", content, "topic", topic)).expect(201);
	}

	void bringToWork(long id) throws Exception {
		String status = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("status").asString();
		if ("RECEIVED".equals(status)) {
			post("/api/v1/complaints/" + id + "/assign", p.agent(), Map.of("assigneeId", fixtures.staffId(p.staff())))
				.expect(200);
		}
		post("/api/v1/complaints/" + id + "/start", p.supervisor(), Map.of()).expect(200);
	}

}
