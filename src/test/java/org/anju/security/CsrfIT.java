package org.anju.security;

import java.util.List;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The console's forms refuse a POST without the CSRF token, even from a signed-in manager's session. */
class CsrfIT extends ApiTest {

	@Test
	void consoleFormsWithoutATokenAreRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin().user(p.manager()).password(PASSWORD)).andReturn().getRequest().getSession();
		List<String> forms = List.of("/hotline", "/logout", "/account/password", "/admin/staff",
				"/admin/projects/" + p.projectId() + "/edit", "/complaints/1/publish", "/visitors", "/shifts",
				"/agenda/tasks", "/admin/topics");
		for (String form : forms) {
			int status = mvc.perform(MockMvcRequestBuilders.post(form).session(session).param("x", "1")).andReturn()
				.getResponse().getStatus();
			assertThat(status).as("POST %s without a token", form).isEqualTo(403);
		}
		int withToken = mvc.perform(MockMvcRequestBuilders.post("/logout").session(session).with(csrf())).andReturn()
			.getResponse().getStatus();
		assertThat(withToken).as("the same form with its token passes").isEqualTo(302);
	}

	@Test
	void theOwnerPortalsFormsWithoutATokenAreRefused() throws Exception {
		for (String form : List.of("/owner/login/code", "/owner/login", "/owner/complaints")) {
			int status = mvc.perform(MockMvcRequestBuilders.post(form).param("mobile", "13900000000")).andReturn()
				.getResponse().getStatus();
			assertThat(status).as("POST %s without a token", form).isEqualTo(403);
		}
	}

}
