package org.anju.console;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open the administration pages, and what a forged form gets. */
class AdminPagesIT extends ApiTest {

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	@Test
	void agentsAreRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		for (String page : new String[] { "/admin", "/admin/projects", "/admin/projects/" + p.projectId(),
				"/admin/households/" + p.householdIds().get(0), "/admin/staff", "/admin/staff/new", "/admin/topics",
				"/admin/sla", "/admin/calendar", "/admin/templates", "/admin/templates/ACKNOWLEDGED",
				"/admin/projects/" + p.projectId() + "/import", "/admin/projects/" + p.projectId() + "/departments" }) {
			mvc.perform(MockMvcRequestBuilders.get(page).with(session(p.agent()))).andExpect(status().isForbidden());
		}
		mvc.perform(MockMvcRequestBuilders.post("/admin/households/" + p.householdIds().get(0) + "/residents").param("name", "x")
			.with(session(p.agent())).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void managersAndAdministratorsSeeEveryPage() throws Exception {
		ProjectFixture p = fixtures.project();
		for (String user : new String[] { p.manager(), ADMIN }) {
			for (String page : new String[] { "/admin", "/admin/projects", "/admin/projects/" + p.projectId(),
					"/admin/households/" + p.householdIds().get(0), "/admin/residents/" + p.residentIds().get(0),
					"/admin/staff", "/admin/staff?projectId=" + p.projectId(), "/admin/staff/new", "/admin/topics",
					"/admin/topics?projectId=" + p.projectId(), "/admin/sla", "/admin/sla?projectId=" + p.projectId(),
					"/admin/calendar", "/admin/calendar?year=2026", "/admin/templates", "/admin/templates/ACKNOWLEDGED",
					"/admin/projects/" + p.projectId() + "/import",
					"/admin/projects/" + p.projectId() + "/departments" }) {
				mvc.perform(MockMvcRequestBuilders.get(page).with(session(user))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void onlyTheAdministratorChangesCompanyRulesAndTemplates() throws Exception {
		ProjectFixture p = fixtures.project();
		mvc.perform(MockMvcRequestBuilders.post("/admin/sla/policies").param("scope", "URGENCY:NORMAL")
			.param("clock", "RESOLUTION").param("amount", "40").param("unit", "HOURS")
			.with(session(p.manager())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.post("/admin/sla/policies").param("projectId", String.valueOf(p.projectId()))
			.param("scope", "URGENCY:NORMAL").param("clock", "RESOLUTION").param("amount", "40").param("unit", "HOURS")
			.with(session(p.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(MockMvcRequestBuilders.get("/admin/sla?projectId=" + p.projectId()).with(session(p.manager())))
			.andExpect(content().string(containsString("value=\"40\"")));
		mvc.perform(MockMvcRequestBuilders.post("/admin/templates/ACKNOWLEDGED").param("subject", "s")
			.param("body", "b").with(session(p.manager())).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aManagerOfAnotherProjectFindsNothing() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		mvc.perform(MockMvcRequestBuilders.get("/admin/projects/" + mine.projectId()).with(session(mine.manager())))
			.andExpect(status().isOk());
		for (String page : new String[] { "/admin/projects/" + other.projectId(),
				"/admin/households/" + other.householdIds().get(0), "/admin/residents/" + other.residentIds().get(0),
				"/admin/projects/" + other.projectId() + "/import", "/admin/projects/" + other.projectId() + "/departments",
				"/admin/staff?projectId=" + other.projectId(), "/admin/sla?projectId=" + other.projectId(),
				"/admin/topics?projectId=" + other.projectId() }) {
			mvc.perform(MockMvcRequestBuilders.get(page).with(session(mine.manager()))).andExpect(status().isNotFound());
		}
		mvc.perform(MockMvcRequestBuilders.post("/admin/households/" + other.householdIds().get(0) + "/residents").param("name", "x")
			.param("relation", "OWNER").with(session(mine.manager())).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		mvc.perform(MockMvcRequestBuilders.post("/admin/households/" + p.householdIds().get(0) + "/residents").param("name", "x")
			.param("relation", "OWNER").with(session(p.manager()))).andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.post("/admin/staff").param("username", "x").with(session(ADMIN)))
			.andExpect(status().isForbidden());
	}

	@Test
	void typedHtmlIsEscaped() throws Exception {
		ProjectFixture p = fixtures.project();
		long household = p.householdIds().get(0);
		mvc.perform(MockMvcRequestBuilders.post("/admin/households/" + household + "/residents").param("name", "<b>x</b><script>alert(1)</script>")
			.param("relation", "OWNER").param("preferredChannel", "PHONE").param("active", "true")
			.with(session(p.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(MockMvcRequestBuilders.get("/admin/households/" + household).with(session(p.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;b&gt;x&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")))));
	}

	/** Logs in through the console's login form, as the browser does; the session is reused within a test. */
	private RequestPostProcessor session(String username) throws Exception {
		MockHttpSession session = sessions.get(username);
		if (session == null) {
			session = (MockHttpSession) mvc
				.perform(formLogin().user(username).password(ADMIN.equals(username) ? "test-admin-pw" : PASSWORD))
				.andExpect(authenticated()).andReturn().getRequest().getSession(false);
			sessions.put(username, session);
		}
		MockHttpSession loggedIn = session;
		return request -> {
			request.setSession(loggedIn);
			return request;
		};
	}

}
