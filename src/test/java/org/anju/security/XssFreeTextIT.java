package org.anju.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import tools.jackson.databind.JsonNode;

import static org.anju.security.InertPages.payload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-text fields XssIT does not cover — visitor names, shift log entries and handover items,
 * task and appointment titles, call notes, playbook entries and records, improvement-action titles and
 * descriptions — come out inert on the console pages and the public board that show them.
 */
class XssFreeTextIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	ProjectFixture p;

	String guard;

	long shift;

	long complaint;

	@BeforeEach
	void dataFullOfPayloads() throws Exception {
		p = fixtures.project();
		long household = p.householdIds().get(0);
		long staff = fixtures.staffId(p.staff());
		Map<String, Object> visit = new HashMap<>(Map.of("projectId", p.projectId(), "visitorName", payload("visitor"),
				"idType", "PASSPORT", "idNumber", "E12345678", "householdId", household, "hostDecision", "CONFIRMED",
				"hostConfirmedBy", payload("host"), "purpose", payload("purpose"), "badge", "X" + unique("")));
		post("/api/v1/visitors", p.agent(), visit).expect(201);

		long postId = post("/api/v1/projects/" + p.projectId() + "/posts", p.manager(), Map.of("name", payload("post")))
			.expect(201).get("id").asLong();
		guard = fixtures.staff(p.projectId(), "STAFF", "SECURITY");
		shift = post("/api/v1/posts/" + postId + "/shifts", guard, Map.of()).expect(201).get("id").asLong();
		put("/api/v1/shifts/" + shift + "/log", guard, Map.of("events", List.of(payload("event")), "equipment",
				List.of(Map.of("item", payload("equipment"), "quantity", 1)))).expect(200);
		post("/api/v1/shifts/" + shift + "/items", guard, Map.of("text", payload("item"))).expect(201);
		post("/api/v1/posts/" + postId + "/log", guard, Map.of("text", payload("postlog"), "severity", "INFO"))
			.expect(201);

		post("/api/v1/agenda/tasks", p.supervisor(), Map.of("projectId", p.projectId(), "title", payload("task"),
				"assigneeId", staff, "dueAt", Instant.now().plusSeconds(86_400).toString())).expect(201);
		Instant start = LocalDate.now(SHANGHAI).plusDays(2).atTime(LocalTime.of(15, 0)).atZone(SHANGHAI).toInstant();
		post("/api/v1/agenda/appointments", p.supervisor(), new HashMap<>(Map.of("projectId", p.projectId(), "title",
				payload("appointment"), "kind", "HOME_VISIT", "staffIds", List.of(staff), "startsAt", start.toString(),
				"endsAt", start.plusSeconds(1800).toString(), "householdId", household, "location", payload("location"))))
			.expect(201);

		String mobile = get("/api/v1/residents/" + p.residentIds().get(0), p.agent()).expect(200).get("mobile")
			.asString();
		long call = post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", mobile)).expect(201).get("callId")
			.asLong();
		post("/api/v1/intake/calls/" + call + "/end", p.agent(), Map.of("notes", payload("callnote"))).expect(200);

		// the project's own playbook entry, with a payload for a title
		JsonNode company = null;
		for (JsonNode e : get("/api/v1/knowledge/entries", p.manager()).expect(200)) {
			if (e.get("code").asString().equals("ELEVATOR_ENTRAPMENT")) {
				company = e;
			}
		}
		put("/api/v1/knowledge/entries/ELEVATOR_ENTRAPMENT", p.manager(), Map.of("projectId", p.projectId(), "title",
				payload("entry"), "topics", List.of("ELEVATOR_ENTRAPMENT"), "scenarios",
				json.convertValue(company.get("scenarios"), List.class))).expect(200);
		complaint = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "电梯突然停了，我妈妈被困在3号楼电梯里出不来了", "topic", "ELEVATOR_ENTRAPMENT")).expect(201)
			.get("id").asLong();
		JsonNode playbook = get("/api/v1/complaints/" + complaint + "/playbook", p.agent()).expect(200);
		String key = playbook.get("records").get(0).get("key").asString();
		put("/api/v1/complaints/" + complaint + "/playbook/records/" + key, p.supervisor(),
				Map.of("value", payload("record"))).expect(200);

		post("/api/v1/reports/actions", p.manager(), Map.of("projectId", p.projectId(), "title", payload("action"),
				"description", payload("actiondesc"), "dueDate", LocalDate.now(SHANGHAI).plusDays(20).toString(),
				"ownerStaffId", fixtures.staffId(p.supervisor()), "topics", List.of("ELEVATOR_FAULT"), "publicAction",
				true)).expect(201);
	}

	@Test
	void theConsoleShowsPayloadsAsText() throws Exception {
		List<String> problems = new ArrayList<>();
		MockHttpSession manager = session(p.manager());
		InertPages.check(mvc, problems, "/visitors?projectId=" + p.projectId(), session(p.agent()), "visitor");
		InertPages.check(mvc, problems, "/shifts/" + shift, session(guard), "event", "item");
		InertPages.check(mvc, problems, "/agenda", session(p.staff()), "task", "appointment");
		InertPages.check(mvc, problems, "/agenda/team", session(p.supervisor()), "appointment");
		InertPages.check(mvc, problems, "/owners/households/" + p.householdIds().get(0), manager, "callnote");
		InertPages.check(mvc, problems, "/complaints/" + complaint, manager, "record", "entry");
		InertPages.check(mvc, problems, "/reports/actions?projectId=" + p.projectId(), manager, "action");
		InertPages.check(mvc, problems, "/", manager);
		assertThat(problems).isEmpty();
	}

	@Test
	void thePublicBoardShowsImprovementActionsAsText() throws Exception {
		List<String> problems = new ArrayList<>();
		InertPages.check(mvc, problems, "/board/" + p.projectId(), null, "action", "actiondesc");
		InertPages.check(mvc, problems, "/board/" + p.projectId() + "/screen", null);
		assertThat(problems).isEmpty();
	}

	MockHttpSession session(String username) throws Exception {
		return InertPages.staffSession(mvc, username, PASSWORD);
	}

}
