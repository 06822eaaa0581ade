package org.anju.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Script payloads typed into the free-text fields (complaint title and content, notes, resident
 * and complainant names, household notes, the board's published measure) come out inert on the
 * console, the owner portal and the public board: escaped, never as live markup.
 */
class XssIT extends ApiTest {

	static String payload(String marker) {
		return InertPages.payload(marker);
	}

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	long complaint;

	long resident;

	@BeforeEach
	void dataFullOfPayloads() throws Exception {
		p = fixtures.project();
		long household = p.householdIds().get(0);
		resident = post("/api/v1/households/" + household + "/residents", ADMIN,
				Map.of("name", payload("resident"), "relation", "TENANT", "mobile", "13800000000".substring(0, 3)
						+ String.format("%08d", Math.abs(unique("").hashCode()) % 100_000_000)))
			.expect(201).get("id").asLong();
		post("/api/v1/households/" + household + "/notes", p.agent(), Map.of("text", payload("hhnote"))).expect(201);
		Map<String, Object> complaintBody = new LinkedHashMap<>(Map.of("residentId", p.residentIds().get(0), "channel",
				"PHONE", "title", payload("title"), "content", payload("content"), "topic", "ELEVATOR_FAULT"));
		complaint = post("/api/v1/complaints", p.agent(), complaintBody).expect(201).get("id").asLong();
		post("/api/v1/complaints/" + complaint + "/notes", p.agent(), Map.of("text", payload("note"), "visibility",
				"PUBLIC")).expect(201);
		fixtures.resolve(p, complaint, payload("summary"));
		MvcResult published = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + complaint + "/publish")
			.session(staffSession(p.agent())).with(csrf()).param("measure", payload("measure"))).andReturn();
		assertThat(published.getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void theConsoleShowsPayloadsAsText() throws Exception {
		MockHttpSession manager = staffSession(p.manager());
		List<String> problems = new ArrayList<>();
		check(problems, "/complaints/" + complaint, manager, "content", "note", "summary");
		check(problems, "/owners/households/" + p.householdIds().get(0), manager, "resident", "hhnote");
		check(problems, "/admin/households/" + p.householdIds().get(0), manager, "resident");
		check(problems, "/queues/mine", manager);
		check(problems, "/owners?q=img", manager);
		check(problems, "/", manager);
		assertThat(problems).isEmpty();
	}

	@Test
	void thePublicBoardShowsPayloadsAsText() throws Exception {
		List<String> problems = new ArrayList<>();
		check(problems, "/board/" + p.projectId(), null, "measure");
		check(problems, "/board/" + p.projectId() + "/screen", null);
		assertThat(problems).isEmpty();
	}

	@Test
	void theOwnerPortalShowsPayloadsAsText() throws Exception {
		MockHttpSession owner = ownerSession(p.residentIds().get(0));
		List<String> problems = new ArrayList<>();
		check(problems, "/owner", owner);
		check(problems, "/owner/complaints/" + complaint, owner, "content", "summary");
		assertThat(problems).isEmpty();
	}

	void check(List<String> problems, String path, MockHttpSession session, String... shown) throws Exception {
		InertPages.check(mvc, problems, path, session, shown);
	}

	MockHttpSession staffSession(String username) throws Exception {
		return InertPages.staffSession(mvc, username, PASSWORD);
	}

	MockHttpSession ownerSession(long residentId) throws Exception {
		String mobile = get("/api/v1/residents/" + residentId, p.agent()).expect(200).get("mobile").asString();
		mvc.perform(MockMvcRequestBuilders.post("/owner/login/code").with(csrf()).param("mobile", mobile)).andReturn();
		String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
				+ " and idempotency_key like 'portal-login:%' order by id desc limit 1", String.class, mobile);
		Matcher code = Pattern.compile("\\d{6}").matcher(body);
		assertThat(code.find()).isTrue();
		MvcResult login = mvc.perform(MockMvcRequestBuilders.post("/owner/login").with(csrf()).param("mobile", mobile)
			.param("code", code.group())).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/owner");
		return (MockHttpSession) login.getRequest().getSession();
	}

}
