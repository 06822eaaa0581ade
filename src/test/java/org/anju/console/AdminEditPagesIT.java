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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editing pages of the administration (households one at a time, projects, staff, passwords):
 * what they refuse, and how they say so.
 */
class AdminEditPagesIT extends ApiTest {

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	@Test
	void agentsAreRefusedButChangeTheirOwnPassword() throws Exception {
		ProjectFixture p = fixtures.project();
		long agent = fixtures.staffId(p.agent());
		for (String path : new String[] { "/admin/buildings/" + p.buildingIds().get(0),
				"/admin/projects/" + p.projectId() + "/edit", "/admin/staff/" + agent }) {
			mvc.perform(page(path).with(session(p.agent()))).andExpect(status().isForbidden());
		}
		mvc.perform(form("/admin/staff/" + agent + "/password").param("password", "new-password-1")
			.param("confirm", "new-password-1").with(session(p.agent())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(page("/account/password").with(session(p.agent()))).andExpect(status().isOk());
	}

	@Test
	void aManagerFindsNothingOfAnotherProject() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		long theirs = fixtures.staffId(other.agent());
		for (String path : new String[] { "/admin/staff/" + theirs, "/admin/buildings/" + other.buildingIds().get(0),
				"/admin/projects/" + other.projectId() + "/edit" }) {
			mvc.perform(page(path).with(session(mine.manager()))).andExpect(status().isNotFound());
		}
		mvc.perform(form("/admin/staff/" + theirs).param("displayName", "x").param("roles", "AGENT")
			.param("projectIds", String.valueOf(mine.projectId())).with(session(mine.manager())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(form("/admin/staff/" + theirs + "/password").param("password", "new-password-1")
			.param("confirm", "new-password-1").with(session(mine.manager())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(form("/admin/projects/" + other.projectId()).param("name", "x").with(session(mine.manager()))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(form("/admin/buildings/" + other.buildingIds().get(0) + "/units").param("name", "9单元")
			.with(session(mine.manager())).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aManagerNeitherGrantsAdminNorGivesAnotherProject() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		long agent = fixtures.staffId(mine.agent());
		mvc.perform(staffEdit(agent, mine.projectId()).param("roles", "ADMIN").with(session(mine.manager())))
			.andExpect(status().isForbidden());
		mvc.perform(staffEdit(agent, mine.projectId()).param("roles", "AGENT")
			.param("projectIds", String.valueOf(other.projectId())).with(session(mine.manager())))
			.andExpect(status().isForbidden());
		long admin = fixtures.staffId(ADMIN);
		mvc.perform(page("/admin/staff/" + admin).with(session(mine.manager()))).andExpect(status().isNotFound());
		mvc.perform(staffEdit(agent, mine.projectId()).param("roles", "AGENT").param("roles", "SUPERVISOR")
			.with(session(mine.manager()))).andExpect(status().is3xxRedirection());
		assertThat(get("/api/v1/staff/" + agent, ADMIN).expect(200).get("roles").toString()).contains("SUPERVISOR")
			.doesNotContain("ADMIN");
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		long agent = fixtures.staffId(p.agent());
		MockHttpServletRequestBuilder[] forged = { form("/admin/projects/" + p.projectId()).param("name", "x"),
				form("/admin/buildings/" + p.buildingIds().get(0) + "/units").param("name", "9单元"),
				form("/admin/buildings/" + p.buildingIds().get(0) + "/households").param("room", "909"),
				form("/admin/staff/" + agent).param("displayName", "x"),
				form("/admin/staff/" + agent + "/password").param("password", "new-password-1"),
				form("/account/password").param("password", "new-password-1") };
		for (MockHttpServletRequestBuilder request : forged) {
			mvc.perform(request.with(session(p.manager()))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aStaleEditIsAConflict() throws Exception {
		ProjectFixture p = fixtures.project();
		mvc.perform(form("/admin/projects/" + p.projectId()).param("name", "新名字").param("version", "0")
			.with(session(p.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(form("/admin/projects/" + p.projectId()).param("name", "另一个名字").param("version", "0")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("记录已被他人修改")));

		long agent = fixtures.staffId(p.agent());
		mvc.perform(staffEdit(agent, p.projectId()).param("roles", "AGENT").param("version", "0")
			.with(session(p.manager()))).andExpect(status().is3xxRedirection());
		mvc.perform(staffEdit(agent, p.projectId()).param("roles", "STAFF").param("version", "0")
			.with(session(p.manager()))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("记录已被他人修改")));
	}

	@Test
	void badInputIsShownNextToTheField() throws Exception {
		ProjectFixture p = fixtures.project();
		long building = p.buildingIds().get(0);
		mvc.perform(form("/admin/buildings/" + building + "/units").param("name", "1单元")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("本楼栋已有同名单元")));
		mvc.perform(form("/admin/projects/" + p.projectId() + "/buildings").param("name", "1栋")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("本项目已有同名楼栋")));
		String unit = unitOf(p.householdIds().get(0));
		mvc.perform(form("/admin/buildings/" + building + "/households").param("unitId", unit).param("room", "1101")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("该单元已有这个房号")));
		mvc.perform(form("/admin/buildings/" + building + "/households").param("unitId", unit).param("room", "")
			.param("floor", "十二").param("areaSqm", "-3").with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("此项必填"),
					containsString("楼层须为整数"), containsString("面积须为不小于0的数"))));
		mvc.perform(form("/admin/projects/" + p.projectId()).param("name", " ").with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("此项必填")));

		long agent = fixtures.staffId(p.agent());
		mvc.perform(form("/admin/staff/" + agent + "/password").param("password", "short").param("confirm", "short")
			.with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("密码长度须为8到100个字符")));
		mvc.perform(form("/admin/staff/" + agent + "/password").param("password", "long-enough-1")
			.param("confirm", "long-enough-2").with(session(p.manager())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("两次输入的密码不一致")));
		mvc.perform(form("/account/password").param("currentPassword", "wrong-one").param("password", "long-enough-1")
			.param("confirm", "long-enough-1").with(session(p.agent())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(staffEdit(agent, p.projectId()).param("mobile", "12345").with(session(p.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请输入11位中国大陆手机号码"), containsString("请至少选择一项"))));
	}

	@Test
	void typedHtmlIsShownInert() throws Exception {
		ProjectFixture p = fixtures.project();
		String evil = "<script>alert(1)</script>";
		long building = p.buildingIds().get(0);
		mvc.perform(form("/admin/projects/" + p.projectId()).param("name", "花园" + evil).param("address", evil)
			.with(session(p.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(form("/admin/buildings/" + building + "/units").param("name", evil)
			.with(session(p.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		long agent = fixtures.staffId(p.agent());
		mvc.perform(staffEdit(agent, p.projectId()).param("roles", "AGENT").param("displayName", evil)
			.with(session(p.manager()))).andExpect(status().is3xxRedirection());
		for (String path : new String[] { "/admin/projects/" + p.projectId(), "/admin/projects/" + p.projectId() + "/edit",
				"/admin/buildings/" + building, "/admin/staff/" + agent, "/admin/staff?projectId=" + p.projectId() }) {
			mvc.perform(page(path).with(session(p.manager()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
						not(containsString("<script>alert(1)")))));
		}
	}

	/** A staff edit form as the manager sends it; the test adds roles and anything else. */
	private static MockHttpServletRequestBuilder staffEdit(long staffId, long projectId) {
		return form("/admin/staff/" + staffId).param("displayName", "改过的名字")
			.param("projectIds", String.valueOf(projectId)).with(csrf());
	}

	private String unitOf(long householdId) throws Exception {
		return String.valueOf(get("/api/v1/households/" + householdId, ADMIN).expect(200).get("unitId").asLong());
	}

	private static MockHttpServletRequestBuilder page(String path) {
		return MockMvcRequestBuilders.get(path);
	}

	private static MockHttpServletRequestBuilder form(String path) {
		return MockMvcRequestBuilders.post(path);
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
