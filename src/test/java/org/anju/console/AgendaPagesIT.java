package org.anju.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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

/** The agenda pages' refusals, the conflict answer of the booking form, and escaping. */
class AgendaPagesIT extends ApiTest {

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	@Test
	void pagesRefuseWhatTheRoleOrProjectDoesNotAllow() throws Exception {
		ProjectFixture p = fixtures.project();
		ProjectFixture other = fixtures.project();
		mvc.perform(MockMvcRequestBuilders.get("/agenda").with(session(p.staff()))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("我的日程"), not(containsString("登记去电")))));
		mvc.perform(MockMvcRequestBuilders.post("/agenda/calls").param("householdId", String.valueOf(p.householdIds().get(0)))
			.param("outcome", "REACHED").with(session(p.staff())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.get("/agenda/team").param("projectId", String.valueOf(other.projectId()))
			.with(session(p.supervisor()))).andExpect(status().isNotFound());
		mvc.perform(MockMvcRequestBuilders.post("/agenda/tasks").param("title", "无令牌").with(session(p.staff())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theBookingFormAnswers409WithTheWarningAndEscapesTitles() throws Exception {
		ProjectFixture p = fixtures.project();
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(4).toString();
		mvc.perform(book(p, "<b>上门</b>", day, "09:00", "10:00")).andExpect(status().is3xxRedirection());
		mvc.perform(book(p, "会议", day, "09:30", "10:30")).andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("仍然预约"), containsString("&lt;b&gt;上门&lt;/b&gt;"),
					not(containsString("<b>上门</b>")))));
		mvc.perform(book(p, "会议", day, "09:30", "10:30").param("acknowledgeConflicts", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(book(p, "会议", day, "11:00", "10:30")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束时间须晚于开始时间")));
	}

	private MockHttpServletRequestBuilder book(ProjectFixture p, String title, String day, String start,
			String end) throws Exception {
		return MockMvcRequestBuilders.post("/agenda/appointments")
			.param("title", title).param("kind", "HOME_VISIT").param("date", day).param("start", start)
			.param("end", end).with(session(p.agent())).with(csrf());
	}

	private RequestPostProcessor session(String username) throws Exception {
		MockHttpSession session = sessions.get(username);
		if (session == null) {
			session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
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
