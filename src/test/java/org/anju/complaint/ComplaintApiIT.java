package org.anju.complaint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint's whole life over the API, as staff of each role would drive it. Automatic
 * assignment is off here, so that staff assign by hand ({@code DispatchIT} covers triage).
 */
@RecordApplicationEvents
@TestPropertySource(properties = "anju.triage.auto-assign=false")
class ComplaintApiIT extends ApiTest {

	@Autowired
	ApplicationEvents events;

	ProjectFixture p;

	long staffId;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		staffId = fixtures.staffId(p.staff());
	}

	JsonNode register(Map<String, Object> body) throws Exception {
		return post("/api/v1/complaints", p.agent(), body).expect(201);
	}

	JsonNode registerLeak() throws Exception {
		return register(Map.of("residentId", p.residentIds().get(0), "channel", "PHONE", "content",
				"楼上漏水到我家卫生间，已经两天了", "topic", "WATER_LEAK", "urgency", "URGENT"));
	}

	String path(JsonNode complaint, String action) {
		return "/api/v1/complaints/" + complaint.get("id").asLong() + action;
	}

	@Test
	void registersAComplaintOfAResidentWithNumberClassificationAndHousehold() throws Exception {
		JsonNode c = registerLeak();
		assertThat(c.get("number").asString()).matches("TS\\d{8}-\\d{4}");
		assertThat(c.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(c.get("projectId").asLong()).isEqualTo(p.projectId());
		assertThat(c.get("category").asString()).isEqualTo("FACILITY");
		assertThat(c.get("department").asString()).isEqualTo("ENGINEERING");
		assertThat(c.get("urgency").asString()).isEqualTo("URGENT");
		assertThat(c.get("nature").asString()).isEqualTo("UNKNOWN");
		assertThat(c.get("complainant").get("address").asString()).isEqualTo("1栋1单元1101");
		assertThat(c.get("complainant").get("buildingId").asLong()).isEqualTo(p.buildingIds().get(0));
		assertThat(c.get("title").asString()).isEqualTo("楼上漏水到我家卫生间，已经两天了");
		assertThat(events.stream(ComplaintRegistered.class)).anyMatch(e -> e.number().equals(c.get("number").asString()));
	}

	@Test
	void registersAnUnregisteredCaller() throws Exception {
		JsonNode c = register(Map.of("projectId", p.projectId(), "complainantName", "路人甲", "complainantPhone",
				"0755-88886666", "complainantAddress", "小区东门外", "channel", "HOTLINE_12345", "content", "东门外垃圾堆放多日"));
		assertThat(c.get("complainant").get("residentId")).isNull();
		assertThat(c.get("complainant").get("name").asString()).isEqualTo("路人甲");
		assertThat(c.get("complainant").get("phone").asString()).isEqualTo("0755-88886666");
		assertThat(c.get("topic").asString()).as("chosen by triage").isEqualTo("GARBAGE");
	}

	@Test
	void numbersAreConsecutiveAndUnique() throws Exception {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			numbers.add(registerLeak().get("number").asString());
		}
		int first = Integer.parseInt(numbers.get(0).substring(11));
		assertThat(numbers).doesNotHaveDuplicates();
		assertThat(Integer.parseInt(numbers.get(2).substring(11))).isGreaterThanOrEqualTo(first + 2);
	}

	@Test
	void concurrentRegistrationsGetDistinctNumbers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				results.add(pool.submit(() -> registerLeak().get("number").asString()));
			}
			List<String> numbers = new ArrayList<>();
			for (Future<String> result : results) {
				numbers.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(numbers).hasSize(12).doesNotHaveDuplicates().allMatch(n -> n.matches("TS\\d{8}-\\d{4}"));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void movesThroughEveryStatusToClosedAndBackWithATimelineEntryForEachStep() throws Exception {
		JsonNode c = registerLeak();
		post(path(c, "/assign"), p.agent(), Map.of("assigneeId", staffId)).expect(200);
		post(path(c, "/start"), p.staff(), null).expect(200);
		post(path(c, "/hold"), p.staff(), Map.of("reason", "等待配件", "expectedDate", "2099-01-01")).expect(200);
		post(path(c, "/resume"), p.staff(), null).expect(200);
		JsonNode resolved = post(path(c, "/resolve"), p.staff(), Map.of("summary", "已更换楼上排水管")).expect(200);
		assertThat(resolved.get("resolvedAt")).isNotNull();
		JsonNode closed = post(path(c, "/close"), p.agent(), Map.of("note", "业主满意")).expect(200);
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		JsonNode reopened = post(path(c, "/reopen"), p.reviewer(), Map.of("reason", "又漏了")).expect(200);
		assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
		assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
		post(path(c, "/start"), p.staff(), null).expect(200);

		JsonNode timeline = get(path(c, "/timeline"), p.agent()).expect(200);
		List<String> steps = new ArrayList<>();
		timeline.forEach(e -> steps.add(e.get("type").asString() + ":" + e.path("toStatus").asString("")));
		assertThat(steps).containsExactly("CREATED:RECEIVED", "CLASSIFIED:", "ASSIGNED:ASSIGNED", "STATUS_CHANGED:IN_PROGRESS",
				"STATUS_CHANGED:ON_HOLD", "STATUS_CHANGED:IN_PROGRESS", "STATUS_CHANGED:RESOLVED",
				"STATUS_CHANGED:CLOSED", "STATUS_CHANGED:REOPENED", "STATUS_CHANGED:IN_PROGRESS");
		assertThat(timeline.get(4).get("message").asString()).contains("等待配件");
		assertThat(timeline.get(2).get("actorName").asString()).startsWith("员工agent");
		assertThat(events.stream(ComplaintResolved.class)).hasSize(1);
		assertThat(events.stream(ComplaintClosed.class)).hasSize(1);
		assertThat(events.stream(ComplaintReopened.class)).hasSize(1);
		assertThat(events.stream(ComplaintStatusChanged.class)).hasSize(8);
	}

	@Test
	void illegalTransitionIsAConflictNamingTheCurrentState() throws Exception {
		JsonNode c = registerLeak();
		var response = post(path(c, "/resolve"), p.supervisor(), Map.of("summary", "done"));
		JsonNode problem = response.expect(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(problem.get("currentState").asString()).isEqualTo("RECEIVED");
		assertThat(get(path(c, ""), p.agent()).expect(200).get("status").asString()).isEqualTo("RECEIVED");
		assertThat(get(path(c, "/timeline"), p.agent()).expect(200).findValuesAsString("type"))
			.containsExactly("CREATED", "CLASSIFIED");
	}

	@Test
	void staleIfMatchIsAConflict() throws Exception {
		JsonNode c = registerLeak();
		var read = get(path(c, ""), p.agent());
		String etag = read.header("ETag");
		post(path(c, "/assign"), p.agent(), Map.of("assigneeId", staffId)).expect(200);
		var stale = call(org.springframework.http.HttpMethod.POST, path(c, "/cancel"), p.supervisor(),
				Map.of("reason", "重复登记"), Map.of("If-Match", etag));
		assertThat(stale.expect(409).get("currentVersion").asLong()).isGreaterThan(Long.parseLong(etag.replace("\"", "")));
		String fresh = get(path(c, ""), p.agent()).header("ETag");
		call(org.springframework.http.HttpMethod.POST, path(c, "/cancel"), p.supervisor(), Map.of("reason", "重复登记"),
				Map.of("If-Match", fresh)).expect(200);
	}

	@Test
	void rolesAreEnforced() throws Exception {
		JsonNode c = registerLeak();
		post(path(c, "/cancel"), p.agent(), Map.of("reason", "x")).expect(403);
		post(path(c, "/assign"), p.staff(), Map.of("assigneeId", staffId)).expect(403);
		post(path(c, "/assign"), p.agent(), Map.of("assigneeId", staffId)).expect(200);
		String otherStaff = fixtures.staff(p.projectId(), "STAFF", "ENGINEERING");
		post(path(c, "/start"), otherStaff, null).expect(403);
		post(path(c, "/start"), p.supervisor(), null).expect(200);
		post(path(c, "/escalate"), p.agent(), Map.of("reason", "超时")).expect(403);
		assertThat(post(path(c, "/escalate"), p.supervisor(), Map.of("reason", "超时")).expect(200)
			.get("escalationLevel").asInt()).isEqualTo(1);
		post(path(c, "/cancel"), p.manager(), Map.of("reason", "业主撤回")).expect(200);
	}

	@Test
	void staffOfAnotherProjectCannotSeeOrTouchTheComplaint() throws Exception {
		JsonNode c = registerLeak();
		ProjectFixture other = fixtures.project();
		get(path(c, ""), other.agent()).expect(404);
		get(path(c, "/timeline"), other.agent()).expect(404);
		post(path(c, "/cancel"), other.manager(), Map.of("reason", "x")).expect(404);
		assertThat(get("/api/v1/complaints?size=200", other.agent()).expect(200).get("content").findValuesAsString("number"))
			.doesNotContain(c.get("number").asString());
		post("/api/v1/complaints", other.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "x")).expect(400);
	}

	@Test
	void unknownComplaintIsNotFound() throws Exception {
		assertThat(get("/api/v1/complaints/987654321", p.agent()).expect(404).get("status").asInt()).isEqualTo(404);
		post("/api/v1/complaints/987654321/start", p.supervisor(), null).expect(404);
	}

	@Test
	void invalidComplaintListsEveryFieldAndSavesNothing() throws Exception {
		long before = get("/api/v1/complaints?projectId=" + p.projectId(), p.agent()).expect(200).get("totalElements").asLong();
		JsonNode problem = post("/api/v1/complaints", p.agent(), Map.of("content", " ")).expect(400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("channel", "content");
		Map<String, Object> bad = new HashMap<>(Map.of("projectId", p.projectId(), "channel", "WEB", "content", "有问题",
				"topic", "NO_SUCH_TOPIC", "receivedAt", "2099-01-01T00:00:00Z"));
		problem = post("/api/v1/complaints", p.agent(), bad).expect(400);
		assertThat(problem.get("errors").findValuesAsString("field"))
			.contains("complainantName", "complainantPhone", "topic", "receivedAt");
		problem = post("/api/v1/complaints", p.agent(), Map.of("channel", "FAX", "content", "x")).expect(400);
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("channel");
		assertThat(get("/api/v1/complaints?projectId=" + p.projectId(), p.agent()).expect(200).get("totalElements").asLong())
			.isEqualTo(before);
	}

	@Test
	void holdNeedsAReasonAndAnExpectedDate() throws Exception {
		JsonNode c = registerLeak();
		post(path(c, "/assign"), p.agent(), Map.of("assigneeId", staffId)).expect(200);
		post(path(c, "/start"), p.staff(), null).expect(200);
		JsonNode problem = post(path(c, "/hold"), p.staff(), Map.of()).expect(400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("reason", "expectedDate");
		post(path(c, "/hold"), p.staff(), Map.of("reason", "x", "expectedDate", "2000-01-01")).expect(400);
		post(path(c, "/resolve"), p.staff(), Map.of("summary", "")).expect(400);
	}

	@Test
	void classificationCanBeCorrectedAndNatureJudged() throws Exception {
		JsonNode c = registerLeak();
		JsonNode changed = put(path(c, "/classification"), p.agent(),
				Map.of("topic", "NOISE", "urgency", "NORMAL", "nature", "VENT")).expect(200);
		assertThat(changed.get("topic").asString()).isEqualTo("NOISE");
		assertThat(changed.get("category").asString()).isEqualTo("ENVIRONMENT");
		assertThat(changed.get("department").asString()).isEqualTo("SECURITY");
		assertThat(changed.get("nature").asString()).isEqualTo("VENT");
		put(path(c, "/classification"), p.agent(), Map.of("topic", "NOPE")).expect(400);
		put(path(c, "/classification"), p.staff(), Map.of("topic", "NOISE")).expect(403);
	}

	@Test
	void notesContactsAndLinksAppearOnTheTimelineWithTheirVisibility() throws Exception {
		JsonNode c = registerLeak();
		JsonNode repeat = register(Map.of("residentId", p.residentIds().get(1), "channel", "WECHAT", "content",
				"隔壁楼上也在漏水", "topic", "WATER_LEAK"));
		post(path(c, "/notes"), p.staff(), Map.of("text", "楼上业主不在家")).expect(201);
		post(path(c, "/contacts"), p.agent(), Map.of("method", "PHONE", "summary", "已致电业主说明进度")).expect(201);
		JsonNode linked = post(path(repeat, "/links"), p.agent(), Map.of("relatedId", c.get("id").asLong(), "type", "REPEAT"))
			.expect(201);
		assertThat(linked.get("links").get(0).get("relatedId").asLong()).isEqualTo(c.get("id").asLong());
		post(path(repeat, "/links"), p.agent(), Map.of("relatedId", c.get("id").asLong(), "type", "REPEAT")).expect(409);
		JsonNode publicOnly = get(path(c, "/timeline?visibility=PUBLIC"), p.agent()).expect(200);
		assertThat(publicOnly.findValuesAsString("type")).containsExactly("CREATED", "CONTACT");
		assertThat(get(path(c, "/timeline"), p.agent()).expect(200).findValuesAsString("type"))
			.containsExactly("CREATED", "CLASSIFIED", "NOTE", "CONTACT");
		assertThat(events.stream(OwnerContacted.class)).hasSize(1);
	}

	@Test
	void reassignmentNeedsAReasonAndAStaffMemberOfTheProject() throws Exception {
		JsonNode c = registerLeak();
		post(path(c, "/assign"), p.agent(), Map.of("assigneeId", staffId)).expect(200);
		long supervisorId = fixtures.staffId(p.supervisor());
		post(path(c, "/reassign"), p.agent(), Map.of("assigneeId", supervisorId)).expect(400);
		ProjectFixture other = fixtures.project();
		long stranger = fixtures.staffId(other.staff());
		post(path(c, "/reassign"), p.agent(), Map.of("assigneeId", stranger, "reason", "x")).expect(400);
		JsonNode moved = post(path(c, "/reassign"), p.agent(),
				Map.of("assigneeId", supervisorId, "department", "SECURITY", "reason", "属于秩序维护部")).expect(200);
		assertThat(moved.get("assigneeId").asLong()).isEqualTo(supervisorId);
		assertThat(moved.get("department").asString()).isEqualTo("SECURITY");
	}

	@Test
	void listFiltersPagesAndSorts() throws Exception {
		JsonNode leak = registerLeak();
		JsonNode noise = register(Map.of("householdId", p.householdIds().get(2), "complainantName", "李四",
				"complainantPhone", "13900000000", "channel", "WECHAT", "content", "楼下装修噪音太大", "topic", "NOISE"));
		post(path(leak, "/assign"), p.agent(), Map.of("assigneeId", staffId)).expect(200);
		String base = "/api/v1/complaints?projectId=" + p.projectId();
		assertThat(numbers(base + "&status=ASSIGNED")).containsExactly(leak.get("number").asString());
		assertThat(numbers(base + "&department=SECURITY")).containsExactly(noise.get("number").asString());
		assertThat(numbers(base + "&assigneeId=" + staffId)).containsExactly(leak.get("number").asString());
		assertThat(numbers(base + "&topic=NOISE")).containsExactly(noise.get("number").asString());
		assertThat(numbers(base + "&category=FACILITY")).containsExactly(leak.get("number").asString());
		assertThat(numbers(base + "&buildingId=" + p.buildingIds().get(1))).containsExactly(noise.get("number").asString());
		assertThat(numbers(base + "&channel=WECHAT")).containsExactly(noise.get("number").asString());
		assertThat(numbers(base + "&status=RECEIVED&status=ASSIGNED")).hasSize(2);
		assertThat(numbers(base + "&receivedFrom=2000-01-01&receivedTo=2000-12-31")).isEmpty();
		assertThat(numbers(base + "&sort=number,asc"))
			.containsExactly(leak.get("number").asString(), noise.get("number").asString());
		JsonNode page = get(base + "&size=1&page=1&sort=number,asc", p.agent()).expect(200);
		assertThat(page.get("totalElements").asLong()).isEqualTo(2);
		assertThat(page.get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("content").get(0).get("number").asString()).isEqualTo(noise.get("number").asString());
		get(base + "&sort=content", p.agent()).expect(400);
		get(base + "&status=NOPE", p.agent()).expect(400);
	}

	private List<String> numbers(String url) throws Exception {
		return get(url, p.agent()).expect(200).get("content").findValuesAsString("number");
	}

}
