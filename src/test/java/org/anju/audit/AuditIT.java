package org.anju.audit;

import java.time.Instant;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Views of personal data leave a row each; only managers (and the administrator) read them; nobody edits them. */
class AuditIT extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void viewsAreRecordedAndOnlyManagersReadThem() throws Exception {
		ProjectFixture p = fixtures.project();
		long household = p.householdIds().get(0);
		Instant before = Instant.now().minusSeconds(1);
		get("/api/v1/households/" + household + "/profile", p.agent()).expect(200);
		get("/api/v1/households/" + household + "/profile", p.staff()).expect(200);
		post("/api/v1/households/" + p.householdIds().get(1) + "/vehicles", p.agent(), Map.of("plate", "粤B77777"))
			.expect(201);
		get("/api/v1/projects/" + p.projectId() + "/plates/粤B77777", p.staff()).expect(200);

		String path = "/api/v1/audit/access?projectId=" + p.projectId();
		JsonNode rows = get(path, p.manager()).expect(200);
		assertThat(rows).hasSize(3);
		assertThat(rows.findValuesAsString("what")).containsExactly("gate-plate-lookup", "owner-view-api",
				"owner-view-api");
		assertThat(rows.findValuesAsString("username")).containsExactly(p.staff(), p.staff(), p.agent());
		assertThat(rows.get(2).get("subjectType").asString()).isEqualTo("HOUSEHOLD");
		assertThat(rows.get(2).get("subjectId").asLong()).isEqualTo(household);
		assertThat(rows.get(0).get("subjectId").asLong()).isEqualTo(p.householdIds().get(1));
		assertThat(rows.toString()).as("never the data itself").doesNotContain("粤B77777", "业主11", "139");

		assertThat(get(path + "&subjectType=HOUSEHOLD&subjectId=" + household, p.manager()).expect(200)).hasSize(2);
		assertThat(get(path + "&from=" + before, ADMIN).expect(200)).hasSize(3);
		assertThat(get(path + "&to=" + before, p.manager()).expect(200)).isEmpty();
		assertThat(get("/api/v1/audit/access", p.manager()).expect(200)).hasSize(3);

		// only managers of the project read the record
		get(path, p.agent()).expect(403);
		get(path, p.supervisor()).expect(403);
		get(path, p.staff()).expect(403);
		get(path, null).expect(401);
		ProjectFixture other = fixtures.project();
		get(path, other.manager()).expect(404);
		assertThat(get("/api/v1/audit/access", other.manager()).expect(200)).isEmpty();
		// another project's staff see neither the household nor leave a row in it
		get("/api/v1/households/" + household + "/profile", other.manager()).expect(404);

		// append-only: no way to change or remove a row
		long id = rows.get(0).get("id").asLong();
		for (HttpMethod method : new HttpMethod[] { HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.POST,
				HttpMethod.PATCH }) {
			assertThat(call(method, "/api/v1/audit/access", ADMIN, Map.of("id", id)).status()).as(method.name())
				.isIn(404, 405);
			assertThat(call(method, "/api/v1/audit/access/" + id, ADMIN, Map.of("what", "x")).status())
				.as(method.name()).isIn(404, 405);
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_access where project_id = ?", Integer.class,
				p.projectId())).isEqualTo(3);
		assertThat(get(path, p.manager()).expect(200).get(0).get("what").asString()).isEqualTo("gate-plate-lookup");
	}

}
