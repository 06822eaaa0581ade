package org.anju.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open the report pages and keep the actions register, and what typed text and stale edits get. */
class ReportPagesIT extends ApiTest {

	private static final String XSS = "<script>alert(1)</script><b>排查</b>";

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	@Test
	void agentsAndStaffAreRefusedAndSupervisorsOnlyRead() throws Exception {
		ProjectFixture p = fixtures.project();
		String id = String.valueOf(p.projectId());
		for (String user : List.of(p.agent(), p.staff(), p.reviewer())) {
			for (String page : List.of("/reports", "/reports/monthly", "/reports/monthly?projectId=" + id,
					"/reports/weekly?projectId=" + id, "/reports/actions", "/reports/actions/new?projectId=" + id)) {
				mvc.perform(MockMvcRequestBuilders.get(page).with(session(user))).andExpect(status().isForbidden());
			}
		}
		for (String page : List.of("/reports/monthly?projectId=" + id, "/reports/monthly?projectId=" + id + "&month=2026-10",
				"/reports/weekly?projectId=" + id, "/reports/weekly?projectId=" + id + "&week=2026-W47",
				"/reports/actions?projectId=" + id + "&status=OPEN", "/reports/monthly")) {
			mvc.perform(MockMvcRequestBuilders.get(page).with(session(p.supervisor()))).andExpect(status().isOk());
		}
		mvc.perform(MockMvcRequestBuilders.get("/reports/monthly?projectId=all").with(session(p.supervisor())))
			.andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.get("/reports/actions/new?projectId=" + id).with(session(p.supervisor())))
			.andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.post("/reports/actions").param("projectId", id).param("title", "巡查")
			.param("status", "OPEN").with(session(p.supervisor())).with(csrf())).andExpect(status().isForbidden());
		for (String user : List.of(p.manager(), ADMIN)) {
			mvc.perform(MockMvcRequestBuilders.get("/reports/monthly?projectId=all").with(session(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("全公司")));
			mvc.perform(MockMvcRequestBuilders.get("/reports/actions/new?projectId=" + id).with(session(user)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void anotherProjectIsNotFoundAndABadPeriodIsSaidSo() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		long action = post("/api/v1/reports/actions", other.manager(),
				Map.of("projectId", other.projectId(), "title", "加装监控")).expect(201).get("id").asLong();
		String id = String.valueOf(other.projectId());
		for (String page : List.of("/reports/monthly?projectId=" + id, "/reports/weekly?projectId=" + id,
				"/reports/actions?projectId=" + id, "/reports/actions/new?projectId=" + id, "/reports/actions/" + action,
				"/reports/monthly?projectId=x")) {
			mvc.perform(MockMvcRequestBuilders.get(page).with(session(mine.manager()))).andExpect(status().isNotFound());
		}
		mvc.perform(MockMvcRequestBuilders.post("/reports/actions/" + action).param("title", "改").param("status", "OPEN")
			.with(session(mine.manager())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(MockMvcRequestBuilders.get("/reports/monthly?projectId=" + mine.projectId() + "&month=2026-13")
			.with(session(mine.manager()))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("统计期间格式不正确")));
		mvc.perform(MockMvcRequestBuilders.get("/reports/weekly?projectId=" + mine.projectId() + "&week=2026-W60")
			.with(session(mine.manager()))).andExpect(status().isBadRequest());
	}

	@Test
	void anActionTitleIsShownAsTextOnTheRegisterAndTheBoard() throws Exception {
		ProjectFixture p = fixtures.project();
		post("/api/v1/reports/actions", p.manager(), Map.of("projectId", p.projectId(), "title", XSS, "description",
				"<img src=x onerror=alert(2)>", "publicAction", true)).expect(201);
		String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;排查&lt;/b&gt;";
		mvc.perform(MockMvcRequestBuilders.get("/reports/actions?projectId=" + p.projectId()).with(session(p.supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(escaped), not(containsString("<script>alert(1)")),
					not(containsString("<img src=x")))));
		mvc.perform(MockMvcRequestBuilders.get("/board/" + p.projectId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("改进措施"), containsString(escaped),
					not(containsString("<script>alert(1)")), not(containsString("<img src=x")))));
	}

	@Test
	void aStaleEditIsRefusedWithAClearMessageAndFieldErrorsAreInChinese() throws Exception {
		ProjectFixture p = fixtures.project();
		JsonNode created = post("/api/v1/reports/actions", p.manager(),
				Map.of("projectId", p.projectId(), "title", "电梯每周巡检")).expect(201);
		long id = created.get("id").asLong();
		long version = created.get("version").asLong();
		put("/api/v1/reports/actions/" + id, p.manager(),
				Map.of("title", "电梯每周巡检两次", "status", "IN_PROGRESS", "version", version)).expect(200);
		mvc.perform(MockMvcRequestBuilders.post("/reports/actions/" + id).param("title", "我的修改").param("status", "DONE")
			.param("version", String.valueOf(version)).with(session(p.manager())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));
		assertTitle(id, p, "电梯每周巡检两次");

		mvc.perform(MockMvcRequestBuilders.post("/reports/actions").param("projectId", String.valueOf(p.projectId()))
			.param("title", " ").param("status", "OPEN").param("dueDate", "31.12.2026").param("complaints", "TS19990101-0001")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""), containsString("此项必填"),
					containsString("日期格式不正确"), containsString("找不到本项目的投诉：TS19990101-0001"))));
		mvc.perform(MockMvcRequestBuilders.post("/reports/actions").param("projectId", String.valueOf(p.projectId()))
			.param("title", "排查").param("status", "OPEN").param("ownerStaffId", "999999")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("负责人须为本项目的员工")));
		mvc.perform(MockMvcRequestBuilders.post("/reports/actions").param("projectId", String.valueOf(p.projectId()))
			.param("title", "排查").param("status", "OPEN").with(session(p.manager())))
			.andExpect(status().isForbidden());
	}

	private void assertTitle(long id, ProjectFixture p, String title) throws Exception {
		org.assertj.core.api.Assertions.assertThat(get("/api/v1/reports/actions/" + id, p.manager()).expect(200)
			.get("title").asString()).isEqualTo(title);
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
