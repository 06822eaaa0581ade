package org.anju.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role escalation: staff below MANAGER cannot reach the manager's actions (staff administration,
 * roles, project settings, topics and routes, company-wide reports), nobody gives themselves a
 * role, and a manager cannot reach ADMIN or another project.
 */
class RoleEscalationIT extends ApiTest {

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	@Test
	void staffBelowManagerCannotReachTheManagersActions() throws Exception {
		for (String user : List.of(p.staff(), p.agent(), p.supervisor(), p.reviewer())) {
			assertThat(post("/api/v1/staff", user, newStaff(Set.of("AGENT"), p.projectId())).status())
				.as("%s creates staff", user).isEqualTo(403);
			long other = fixtures.staffId(p.staff().equals(user) ? p.agent() : p.staff());
			assertThat(put("/api/v1/staff/" + other, user, update(other, Set.of("MANAGER"))).status())
				.as("%s changes another's roles", user).isEqualTo(403);
			assertThat(put("/api/v1/staff/" + other + "/password", user, Map.of("password", "hijacked-1")).status())
				.as("%s changes another's password", user).isEqualTo(403);
			assertThat(put("/api/v1/projects/" + p.projectId(), user, Map.of("name", "改名", "address", "x")).status())
				.as("%s edits the project", user).isEqualTo(403);
			assertThat(put("/api/v1/projects/" + p.projectId() + "/routes/ELEVATOR_FAULT", user,
					Map.of("department", "CUSTOMER_SERVICE")).status()).as("%s reroutes a topic", user).isEqualTo(403);
			assertThat(post("/api/v1/triage/topics", user, topic()).status()).as("%s defines a topic", user)
				.isEqualTo(403);
			assertThat(get("/api/v1/reports/monthly?month=2026-01", user).status())
				.as("%s reads the company-wide report", user).isIn(403);
			assertThat(get("/api/v1/notification/templates/complaint-received", user).status())
				.as("%s reads the templates", user).isEqualTo(403);
		}
		assertThat(post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"PHONE", "content", "楼道灯不亮")).status()).as("the agent's own work still passes").isEqualTo(201);
	}

	@Test
	void nobodyGivesThemselvesARole() throws Exception {
		for (String user : List.of(p.staff(), p.agent(), p.supervisor(), p.reviewer())) {
			long self = fixtures.staffId(user);
			for (String role : List.of("MANAGER", "ADMIN")) {
				assertThat(put("/api/v1/staff/" + self, user, update(self, Set.of(role))).status())
					.as("%s makes themselves %s", user, role).isEqualTo(403);
			}
			assertThat(get("/api/v1/staff/me", user).expect(200).get("roles").toString()).doesNotContain("MANAGER",
					"ADMIN");
		}
		long manager = fixtures.staffId(p.manager());
		assertThat(put("/api/v1/staff/" + manager, p.manager(), update(manager, Set.of("MANAGER", "ADMIN"))).status())
			.as("a manager makes themselves ADMIN").isEqualTo(403);
		assertThat(post("/api/v1/staff", p.manager(), newStaff(Set.of("ADMIN"), p.projectId())).status())
			.as("a manager creates an ADMIN").isEqualTo(403);
		long otherProject = fixtures.project().projectId();
		assertThat(post("/api/v1/staff", p.manager(), newStaff(Set.of("AGENT"), otherProject)).status())
			.as("a manager staffs another project").isEqualTo(403);
		assertThat(put("/api/v1/notification/templates/complaint-received", p.manager(),
				Map.of("subject", "s", "body", "b")).status()).as("a manager changes the templates").isEqualTo(403);
	}

	Map<String, Object> newStaff(Set<String> roles, long projectId) {
		return Map.of("username", unique("esc"), "password", PASSWORD, "details", details(roles, projectId));
	}

	Map<String, Object> update(long staffId, Set<String> roles) throws Exception {
		JsonNode current = get("/api/v1/staff/" + staffId, ADMIN).expect(200);
		Map<String, Object> body = new HashMap<>();
		body.put("details", details(roles, p.projectId()));
		body.put("version", current.get("version").asLong());
		return body;
	}

	static Map<String, Object> details(Set<String> roles, long projectId) {
		Map<String, Object> details = new HashMap<>();
		details.put("displayName", "提权测试");
		details.put("roles", roles);
		details.put("projectIds", Set.of(projectId));
		details.put("departmentCode", "ENGINEERING");
		return details;
	}

	static Map<String, Object> topic() {
		return Map.of("code", "ESCALATION_TEST", "category", "FACILITY", "department", "ENGINEERING", "urgency",
				"EMERGENCY", "nameZh", "提权测试");
	}

}
