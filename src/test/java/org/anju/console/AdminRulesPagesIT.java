package org.anju.console;

import java.util.HashMap;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may add and edit topics and set a project's business hours, and what bad or forged input gets. */
class AdminRulesPagesIT extends ApiTest {

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	@Test
	void agentsAreRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		for (String page : new String[] { "/admin/topics/new", "/admin/topics/WATER_LEAK",
				"/admin/projects/" + p.projectId() + "/hours" }) {
			mvc.perform(MockMvcRequestBuilders.get(page).with(session(p.agent()))).andExpect(status().isForbidden());
		}
		mvc.perform(topic("/admin/topics", unique("T").toUpperCase(), "名称").with(session(p.agent())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(hours(p, "07:00", "21:00", "").with(session(p.agent())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheAdministratorAddsOrEditsTopics() throws Exception {
		ProjectFixture p = fixtures.project();
		String code = unique("MINE_").toUpperCase();
		mvc.perform(MockMvcRequestBuilders.get("/admin/topics/new").with(session(p.manager()))).andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.get("/admin/topics/WATER_LEAK").with(session(p.manager()))).andExpect(status().isForbidden());
		mvc.perform(topic("/admin/topics", code, "经理加的").with(session(p.manager())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(topic("/admin/topics/WATER_LEAK", "WATER_LEAK", "经理改的").with(session(p.manager())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.get("/admin/topics").with(session(p.manager())))
			.andExpect(content().string(allOf(not(containsString("/admin/topics/new")), not(containsString("edit-topic")))));
		assertThat(get("/api/v1/triage/topics", ADMIN).expect(200).findValuesAsString("code")).doesNotContain(code);
	}

	@Test
	void anEditKeepsTheCodeAndAStaleOneIsAConflict() throws Exception {
		String code = unique("EDIT_").toUpperCase();
		String other = unique("OTHER_").toUpperCase();
		mvc.perform(topic("/admin/topics", code, "初始名称").with(session(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(topic("/admin/topics/" + code, other, "新名称").param("version", "0").with(session(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		JsonNode topics = get("/api/v1/triage/topics", ADMIN).expect(200);
		assertThat(topics.findValuesAsString("code")).contains(code).doesNotContain(other);
		assertThat(topics.findValuesAsString("nameZh")).contains("新名称").doesNotContain("初始名称");
		mvc.perform(topic("/admin/topics/" + code, code, "过时的修改").param("version", "0").with(session(ADMIN)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("记录已被他人修改")));
		mvc.perform(MockMvcRequestBuilders.get("/admin/topics/NO_SUCH_TOPIC").with(session(ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void aManagerOfAnotherProjectFindsNothing() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		mvc.perform(MockMvcRequestBuilders.get("/admin/projects/" + mine.projectId() + "/hours").with(session(mine.manager())))
			.andExpect(status().isOk());
		mvc.perform(MockMvcRequestBuilders.get("/admin/projects/" + other.projectId() + "/hours").with(session(mine.manager())))
			.andExpect(status().isNotFound());
		mvc.perform(hours(other, "07:00", "21:00", "").with(session(mine.manager())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(get("/api/v1/projects/" + other.projectId() + "/business-hours", ADMIN).expect(200)
			.get("opens").asString()).startsWith("08:30");
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		mvc.perform(topic("/admin/topics", unique("CSRF_").toUpperCase(), "名称").with(session(ADMIN)))
			.andExpect(status().isForbidden());
		mvc.perform(topic("/admin/topics/WATER_LEAK", "WATER_LEAK", "名称").with(session(ADMIN)))
			.andExpect(status().isForbidden());
		mvc.perform(hours(p, "07:00", "21:00", "").with(session(p.manager()))).andExpect(status().isForbidden());
	}

	@Test
	void badTopicsAreRefusedNextToTheFieldInChinese() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/admin/topics").param("code", "water leak").param("nameZh", " ").param("category", "BOGUS")
			.param("department", "KITCHEN").param("urgency", "NORMAL").with(session(ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("编码须以大写字母开头"), containsString("此项必填"),
					containsString("没有这个类别"), containsString("没有这个部门"))));
		mvc.perform(topic("/admin/topics", "WATER_LEAK", "重复的编码").with(session(ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有分类使用这个编码")));
		assertThat(get("/api/v1/triage/topics", ADMIN).expect(200).findValuesAsString("nameZh"))
			.doesNotContain("重复的编码");
	}

	@Test
	void badHoursAreRefusedNextToTheFieldInChinese() throws Exception {
		ProjectFixture p = fixtures.project();
		mvc.perform(hours(p, "18:00", "07:00", "").with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("下班时间须晚于上班时间")));
		mvc.perform(hours(p, "25:00", "", "Mars/Olympus").with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请输入时间"), containsString("此项必填"))));
		mvc.perform(hours(p, "07:00", "21:00", "Mars/Olympus").with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有这个时区")));
		// the API shares the rules: an unknown zone is refused there too (it used to be a 500)
		put("/api/v1/projects/" + p.projectId() + "/business-hours", p.manager(),
				Map.of("opens", "07:00", "closes", "21:00", "zone", "Mars/Olympus")).expect(400);
		assertThat(get("/api/v1/projects/" + p.projectId() + "/business-hours", p.manager()).expect(200)
			.get("closes").asString()).startsWith("18:00");
	}

	@Test
	void aScriptInATopicNameIsShownAsText() throws Exception {
		ProjectFixture p = fixtures.project();
		String code = unique("XSS_").toUpperCase();
		mvc.perform(topic("/admin/topics", code, "<script>alert(1)</script>").with(session(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String screen = mvc.perform(MockMvcRequestBuilders.post("/hotline/calls").param("callerNumber", "13900000000")
			.param("projectId", String.valueOf(p.projectId())).with(session(p.agent())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		for (String[] page : new String[][] { { "/admin/topics", ADMIN }, { "/admin/topics/" + code, ADMIN },
				{ screen, p.agent() } }) {
			mvc.perform(MockMvcRequestBuilders.get(page[0]).with(session(page[1])))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
						not(containsString("<script>alert(1)")))));
		}
	}

	private static MockHttpServletRequestBuilder topic(String path, String code, String name) {
		return MockMvcRequestBuilders.post(path).param("code", code).param("nameZh", name).param("category", "SERVICE")
			.param("department", "FINANCE").param("urgency", "NORMAL").param("description", "测试");
	}

	private static MockHttpServletRequestBuilder hours(ProjectFixture p, String opens, String closes, String zone) {
		return MockMvcRequestBuilders.post("/admin/projects/" + p.projectId() + "/hours").param("opens", opens).param("closes", closes)
			.param("zone", zone);
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
