package org.anju.console;

import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A console session ends as soon as its staff member is demoted or deactivated. */
class StaleSessionIT extends ApiTest {

	@Test
	void aChangeOfRolesOrADeactivationEndsTheSession() throws Exception {
		ProjectFixture p = fixtures.project();
		long id = fixtures.staffId(p.supervisor());
		MockHttpSession session = login(p.supervisor());
		assertThat(page("/queues/escalated", session).getResponse().getStatus()).isEqualTo(200);
		assertThat(page("/queues/escalated", session).getResponse().getStatus()).as("nothing changed yet")
			.isEqualTo(200);
		put("/api/v1/staff/" + id, ADMIN, Map.of("details", Map.of("displayName", "降级的主管", "departmentCode",
				"ENGINEERING", "roles", Set.of("STAFF"), "projectIds", Set.of(p.projectId())))).expect(200);
		MvcResult after = page("/queues/escalated", session);
		assertThat(after.getResponse().getStatus()).isEqualTo(302);
		assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login?changed");
		assertThat(session.isInvalid()).isTrue();

		MockHttpSession again = login(p.supervisor());
		assertThat(page("/", again).getResponse().getStatus()).isEqualTo(200);
		put("/api/v1/staff/" + id, ADMIN, Map.of("details", Map.of("displayName", "降级的主管", "departmentCode",
				"ENGINEERING", "roles", Set.of("STAFF"), "projectIds", Set.of(p.projectId()), "active", false)))
			.expect(200);
		assertThat(page("/", again).getResponse().getRedirectedUrl()).endsWith("/login?changed");
	}

	private MvcResult page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).session(session)).andReturn();
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getRequest()
			.getSession(false);
	}

}
