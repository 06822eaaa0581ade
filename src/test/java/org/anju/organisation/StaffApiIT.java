package org.anju.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff accounts: who may create and change them, and the checks that keep them consistent. */
class StaffApiIT extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	static Map<String, Object> details(String role, long projectId, Object... buildingIds) {
		Map<String, Object> details = new HashMap<>();
		details.put("displayName", "新员工");
		details.put("roles", Set.of(role));
		details.put("projectIds", Set.of(projectId));
		details.put("buildingIds", Set.of(buildingIds));
		details.put("departmentCode", "ENGINEERING");
		return details;
	}

	@Test
	void managerHiresStaffForTheirOwnProjectOnly() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture theirs = fixtures.project();
		String username = unique("eng");
		var created = post("/api/v1/staff", mine.manager(), Map.of("username", username, "password", PASSWORD,
				"details", details("STAFF", mine.projectId(), mine.buildingIds().get(0)))).expect(201);
		assertThat(created.get("buildingIds").get(0).asLong()).isEqualTo(mine.buildingIds().get(0));
		assertThat(created.has("passwordHash")).isFalse();
		assertThat(get("/api/v1/staff/me", username).expect(200).get("username").asString()).isEqualTo(username);

		post("/api/v1/staff", mine.manager(), Map.of("username", unique("x"), "password", PASSWORD, "details",
				details("STAFF", theirs.projectId()))).expect(403);
		post("/api/v1/staff", mine.manager(), Map.of("username", unique("x"), "password", PASSWORD, "details",
				details("ADMIN", mine.projectId()))).expect(403);
		post("/api/v1/staff", mine.agent(), Map.of("username", unique("x"), "password", PASSWORD, "details",
				details("STAFF", mine.projectId()))).expect(403);
	}

	@Test
	void refusesInconsistentAccountsWithFieldErrors() throws Exception {
		ProjectFixture p = fixtures.project();
		ProjectFixture other = fixtures.project();
		Map<String, Object> details = details("STAFF", p.projectId(), other.buildingIds().get(0));
		details.put("departmentCode", "KITCHEN");
		var problem = post("/api/v1/staff", ADMIN, Map.of("username", unique("x"), "password", PASSWORD, "details", details))
			.expect(400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("buildingIds", "departmentCode");
		problem = post("/api/v1/staff", ADMIN, Map.of("username", "bad name!", "password", "short", "details", details))
			.expect(400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("username", "password");
		post("/api/v1/staff", ADMIN, Map.of("username", p.agent(), "password", PASSWORD, "details",
				details("STAFF", p.projectId()))).expect(409);
	}

	@Test
	void passwordsAreStoredHashedAndCanBeChangedByTheirOwner() throws Exception {
		ProjectFixture p = fixtures.project();
		long id = fixtures.staffId(p.agent());
		put("/api/v1/staff/" + id + "/password", p.agent(), Map.of("password", "a-new-secret")).expect(204);
		String stored = jdbc.queryForObject("select password_hash from staff where id = ?", String.class, id);
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a-new-secret");
		assertThat(get("/api/v1/staff/me", p.agent()).status()).isEqualTo(401);
		long otherId = fixtures.staffId(p.staff());
		put("/api/v1/staff/" + otherId + "/password", p.supervisor(), Map.of("password", "hijacked1")).expect(403);
	}

	@Test
	void deactivatedStaffCannotLogIn() throws Exception {
		ProjectFixture p = fixtures.project();
		var me = get("/api/v1/staff/me", p.staff()).expect(200);
		Map<String, Object> details = details("STAFF", p.projectId());
		details.put("active", false);
		put("/api/v1/staff/" + me.get("id").asLong(), p.manager(),
				Map.of("details", details, "version", me.get("version").asLong())).expect(200);
		assertThat(get("/api/v1/staff/me", p.staff()).status()).isEqualTo(401);
	}

	@Test
	void staffOfOtherProjectsAreInvisible() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture theirs = fixtures.project();
		long stranger = fixtures.staffId(theirs.agent());
		get("/api/v1/staff/" + stranger, mine.manager()).expect(404);
		assertThat(get("/api/v1/staff", mine.manager()).expect(200).findValuesAsString("username"))
			.contains(mine.agent()).doesNotContain(theirs.agent());
	}

	@Test
	void departmentsCanBeRenamedByTheManager() throws Exception {
		ProjectFixture p = fixtures.project();
		var department = get("/api/v1/projects/" + p.projectId() + "/departments", p.manager()).expect(200).get(1);
		String path = "/api/v1/departments/" + department.get("id").asLong();
		put(path, p.agent(), Map.of("name", "维修部")).expect(403);
		assertThat(put(path, p.manager(), Map.of("name", "维修部")).expect(200).get("name").asString()).isEqualTo("维修部");
		assertThat(put(path, p.manager(), Map.of("name", "工程部", "version", 0)).expect(409).get("currentVersion").asLong())
			.isEqualTo(1);
	}

}
