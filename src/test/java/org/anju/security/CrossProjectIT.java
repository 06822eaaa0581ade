package org.anju.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Staff of project A on REAL objects of project B — its tasks, appointments, calls, visitors,
 * posts and shifts, vehicles and household notes — through the API and the console: refused (403
 * or 404), and nothing of B's changes. (EndpointAuthorisationIT walks every endpoint, but can only
 * fill these ids with one that does not exist; here each names an object that does.)
 */
class CrossProjectIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	ProjectFixture a;

	ProjectFixture b;

	long task;

	long appointment;

	long call;

	long visitor;

	long post;

	long shift;

	long item;

	long vehicle;

	@BeforeEach
	void objectsOfB() throws Exception {
		a = fixtures.project();
		b = fixtures.project();
		long staffOfB = fixtures.staffId(b.staff());
		Map<String, Object> newTask = Map.of("projectId", b.projectId(), "title", "B项目任务", "assigneeId", staffOfB,
				"dueAt", Instant.now().plusSeconds(86_400).toString());
		task = post("/api/v1/agenda/tasks", b.supervisor(), newTask).expect(201).get("id").asLong();
		Instant start = LocalDate.now(SHANGHAI).plusDays(3).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
		Map<String, Object> booking = new HashMap<>(Map.of("projectId", b.projectId(), "title", "B项目上门", "kind",
				"HOME_VISIT", "staffIds", List.of(staffOfB), "startsAt", start.toString(), "endsAt",
				start.plusSeconds(3600).toString(), "householdId", b.householdIds().get(0), "location", "1栋"));
		appointment = post("/api/v1/agenda/appointments", b.supervisor(), booking).expect(201).get("id").asLong();
		call = post("/api/v1/intake/calls", b.agent(), Map.of("callerNumber", "13900000001")).expect(201).get("callId")
			.asLong();
		Map<String, Object> visit = new HashMap<>(Map.of("projectId", b.projectId(), "visitorName", "张三", "idType",
				"PASSPORT", "idNumber", "E12345678", "householdId", b.householdIds().get(0), "hostDecision", "CONFIRMED",
				"hostConfirmedBy", "业主", "purpose", "探亲", "badge", "X" + unique("")));
		visitor = post("/api/v1/visitors", b.agent(), visit).expect(201).get("id").asLong();
		post = post("/api/v1/projects/" + b.projectId() + "/posts", b.manager(), Map.of("name", "B东门岗")).expect(201)
			.get("id").asLong();
		String guard = fixtures.staff(b.projectId(), "STAFF", "SECURITY");
		shift = post("/api/v1/posts/" + post + "/shifts", guard, Map.of()).expect(201).get("id").asLong();
		item = post("/api/v1/shifts/" + shift + "/items", guard, Map.of("text", "B项目遗留事项")).expect(201).get("id")
			.asLong();
		vehicle = post("/api/v1/households/" + b.householdIds().get(0) + "/vehicles", b.agent(),
				Map.of("plate", "粤B" + String.format("%05d", Math.abs(unique("").hashCode()) % 100_000))).expect(201)
			.get("id").asLong();
		post("/api/v1/households/" + b.householdIds().get(0) + "/notes", b.agent(), Map.of("text", "B项目住户备注"))
			.expect(201);
	}

	@Test
	void theApiRefusesStaffOfAnotherProjectOnEachObject() throws Exception {
		long householdOfB = b.householdIds().get(0);
		long householdOfA = a.householdIds().get(0);
		List<Object[]> calls = List.of(
				new Object[] { HttpMethod.GET, "/api/v1/agenda/tasks/" + task, null },
				new Object[] { HttpMethod.POST, "/api/v1/agenda/tasks/" + task + "/done", Map.of() },
				new Object[] { HttpMethod.POST, "/api/v1/agenda/tasks/" + task + "/cancel", Map.of() },
				new Object[] { HttpMethod.POST, "/api/v1/agenda/tasks/" + task + "/assign",
						Map.of("assigneeId", fixtures.staffId(a.staff())) },
				new Object[] { HttpMethod.GET, "/api/v1/agenda/appointments/" + appointment, null },
				new Object[] { HttpMethod.POST, "/api/v1/agenda/appointments/" + appointment + "/cancel",
						Map.of("reason", "x") },
				new Object[] { HttpMethod.GET, "/api/v1/intake/calls/" + call, null },
				new Object[] { HttpMethod.POST, "/api/v1/intake/calls/" + call + "/end", Map.of("notes", "x") },
				new Object[] { HttpMethod.POST, "/api/v1/intake/calls/" + call + "/callback-done", Map.of() },
				new Object[] { HttpMethod.GET, "/api/v1/visitors/" + visitor, null },
				new Object[] { HttpMethod.POST, "/api/v1/visitors/" + visitor + "/checkout", null },
				new Object[] { HttpMethod.GET, "/api/v1/posts/" + post + "/shifts", null },
				new Object[] { HttpMethod.POST, "/api/v1/posts/" + post + "/shifts", Map.of() },
				new Object[] { HttpMethod.GET, "/api/v1/posts/" + post + "/log", null },
				new Object[] { HttpMethod.POST, "/api/v1/posts/" + post + "/log", Map.of("text", "x", "severity", "INFO") },
				new Object[] { HttpMethod.GET, "/api/v1/shifts/" + shift, null },
				new Object[] { HttpMethod.GET, "/api/v1/shifts/" + shift + "/duties", null },
				new Object[] { HttpMethod.POST, "/api/v1/shifts/" + shift + "/items", Map.of("text", "x") },
				new Object[] { HttpMethod.POST, "/api/v1/shifts/" + shift + "/items/" + item + "/close", null },
				new Object[] { HttpMethod.POST, "/api/v1/shifts/" + shift + "/submit", null },
				new Object[] { HttpMethod.GET, "/api/v1/households/" + householdOfB + "/vehicles", null },
				// A's own household with B's vehicle: the vehicle must belong to the household named
				new Object[] { HttpMethod.PUT, "/api/v1/households/" + householdOfA + "/vehicles/" + vehicle,
						Map.of("plate", "粤B99999") },
				new Object[] { HttpMethod.DELETE, "/api/v1/households/" + householdOfA + "/vehicles/" + vehicle, null },
				new Object[] { HttpMethod.GET, "/api/v1/households/" + householdOfB + "/notes", null },
				new Object[] { HttpMethod.POST, "/api/v1/households/" + householdOfB + "/notes", Map.of("text", "x") });
		List<String> holes = new ArrayList<>();
		for (String staffOfA : List.of(a.manager(), a.supervisor(), a.agent(), a.staff())) {
			for (Object[] c : calls) {
				Response answer = call((HttpMethod) c[0], (String) c[1], staffOfA, c[2]);
				if (!Set.of(403, 404).contains(answer.status())) {
					holes.add(c[0] + " " + c[1] + " as " + staffOfA + " -> " + answer.status());
				}
			}
		}
		assertThat(holes).isEmpty();
		// nothing of B's changed
		assertThat(get("/api/v1/agenda/tasks/" + task, b.supervisor()).expect(200).get("status").asString())
			.isEqualTo("OPEN");
		assertThat(get("/api/v1/visitors/" + visitor, b.agent()).expect(200).toString()).doesNotContain("checkedOutAt\":\"");
		assertThat(get("/api/v1/households/" + householdOfB + "/vehicles", b.agent()).expect(200).toString())
			.doesNotContain("粤B99999");
	}

	@Test
	void listsFilteredByAnotherProjectShowNothingOfIt() throws Exception {
		for (String path : List.of("/api/v1/agenda/tasks?projectId=", "/api/v1/agenda/appointments?projectId=",
				"/api/v1/visitors?projectId=", "/api/v1/projects/" + b.projectId() + "/posts?projectId=")) {
			Response answer = get(path + b.projectId(), a.manager());
			if (answer.status() == 200) {
				assertThat(answer.result().getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path)
					.doesNotContain("B项目", "\"id\":" + task + ",", "\"id\":" + visitor + ",");
			}
			else {
				assertThat(answer.status()).as(path).isIn(403, 404);
			}
		}
	}

	@Test
	void theConsoleRefusesStaffOfAnotherProjectOnEachObject() throws Exception {
		MockHttpSession manager = session(a.manager());
		List<String> holes = new ArrayList<>();
		for (String page : List.of("/shifts/" + shift, "/hotline/calls/" + call,
				"/owners/households/" + b.householdIds().get(0), "/admin/households/" + b.householdIds().get(0))) {
			MvcResult result = mvc.perform(MockMvcRequestBuilders.get(page).session(manager)).andReturn();
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (!Set.of(403, 404).contains(result.getResponse().getStatus()) || html.contains("B项目")) {
				holes.add("GET " + page + " -> " + result.getResponse().getStatus());
			}
		}
		for (String form : List.of("/agenda/tasks/" + task + "/done", "/agenda/tasks/" + task + "/cancel",
				"/visitors/" + visitor + "/checkout", "/shifts/" + shift + "/items", "/shifts/" + shift + "/submit",
				"/shifts/" + shift + "/items/" + item + "/close")) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(form).session(manager).with(csrf())
				.param("text", "x");
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			if (!Set.of(403, 404).contains(status)) {
				holes.add("POST " + form + " -> " + status);
			}
		}
		assertThat(holes).isEmpty();
		assertThat(get("/api/v1/agenda/tasks/" + task, b.supervisor()).expect(200).get("status").asString())
			.isEqualTo("OPEN");
		assertThat(get("/api/v1/shifts/" + shift, b.manager()).expect(200).get("status").asString())
			.isNotEqualTo("SUBMITTED");
	}

	MockHttpSession session(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getRequest()
			.getSession();
	}

}
