package org.anju.directory;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryApiIT extends ApiTest {

	@Test
	void newProjectGetsTheFiveDefaultDepartments() throws Exception {
		ProjectFixture p = fixtures.project();
		var departments = get("/api/v1/projects/" + p.projectId() + "/departments", p.manager()).expect(200);
		assertThat(departments.findValuesAsString("code"))
			.containsExactly("CUSTOMER_SERVICE", "ENGINEERING", "SECURITY", "ENVIRONMENT", "FINANCE");
	}

	@Test
	void staffSeeOnlyTheirOwnProjects() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture theirs = fixtures.project();
		assertThat(get("/api/v1/projects", mine.agent()).expect(200).findValuesAsString("id"))
			.containsExactly(String.valueOf(mine.projectId()));
		get("/api/v1/projects/" + theirs.projectId(), mine.agent()).expect(404);
		get("/api/v1/households/" + theirs.householdIds().get(0), mine.agent()).expect(404);
		get("/api/v1/residents/" + theirs.residentIds().get(0), mine.manager()).expect(404);
	}

	@Test
	void householdShowsItsAddressAndResidents() throws Exception {
		ProjectFixture p = fixtures.project();
		var household = get("/api/v1/households/" + p.householdIds().get(0), p.agent()).expect(200);
		assertThat(household.get("label").asString()).isEqualTo("1栋1单元1101");
		var residents = get("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent()).expect(200);
		assertThat(residents.size()).isEqualTo(1);
		assertThat(residents.get(0).get("relation").asString()).isEqualTo("OWNER");
	}

	@Test
	void invalidResidentIsRefusedWithEveryFieldError() throws Exception {
		ProjectFixture p = fixtures.project();
		var problem = post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(),
				Map.of("name", "", "mobile", "12345", "email", "not-an-address")).expect(400);
		assertThat(problem.findValuesAsString("field")).contains("name", "relation", "mobile", "email");
		assertThat(get("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent()).expect(200).size())
			.isEqualTo(1);
	}

	@Test
	void onlyManagersChangeTheBuildingStructure() throws Exception {
		ProjectFixture p = fixtures.project();
		post("/api/v1/projects/" + p.projectId() + "/buildings", p.agent(), Map.of("name", "9栋")).expect(403);
		post("/api/v1/projects/" + p.projectId() + "/buildings", p.manager(), Map.of("name", "9栋")).expect(201);
	}

	@Test
	void staleUpdateIsAConflict() throws Exception {
		ProjectFixture p = fixtures.project();
		long residentId = p.residentIds().get(0);
		var resident = get("/api/v1/residents/" + residentId, p.agent()).expect(200);
		long version = resident.get("version").asLong();
		Map<String, Object> details = Map.of("name", "新名字", "relation", "OWNER");
		put("/api/v1/residents/" + residentId, p.agent(), Map.of("details", details, "version", version)).expect(200);
		var problem = put("/api/v1/residents/" + residentId, p.agent(), Map.of("details", details, "version", version))
			.expect(409);
		assertThat(problem.get("currentVersion").asLong()).isEqualTo(version + 1);
	}

	@Test
	void unauthenticatedCallsAreRefusedWithProblemJson() throws Exception {
		var response = get("/api/v1/projects", null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).contains("Basic");
	}


	@Test
	void onlyAdministratorsCreateCompaniesAndProjects() throws Exception {
		ProjectFixture p = fixtures.project();
		post("/api/v1/companies", p.manager(), Map.of("code", unique("C"), "name", "x")).expect(403);
		post("/api/v1/projects", p.manager(), Map.of("companyId", p.companyId(), "code", unique("P"), "name", "x"))
			.expect(403);
		post("/api/v1/projects", ADMIN, Map.of("companyId", 987654321, "code", unique("P"), "name", "x")).expect(400);
		String code = unique("C");
		post("/api/v1/companies", ADMIN, Map.of("code", code, "name", "x")).expect(201);
		post("/api/v1/companies", ADMIN, Map.of("code", code, "name", "y")).expect(409);
	}

	@Test
	void structureCannotBeDeletedWhileItHoldsSomething() throws Exception {
		ProjectFixture p = fixtures.project();
		long buildingId = p.buildingIds().get(0);
		call(org.springframework.http.HttpMethod.DELETE, "/api/v1/buildings/" + buildingId, p.manager(), null).expect(409);
		long householdId = p.householdIds().get(0);
		call(org.springframework.http.HttpMethod.DELETE, "/api/v1/households/" + householdId, p.manager(), null).expect(409);
		call(org.springframework.http.HttpMethod.DELETE, "/api/v1/residents/" + p.residentIds().get(0), p.agent(), null)
			.expect(204);
		call(org.springframework.http.HttpMethod.DELETE, "/api/v1/households/" + householdId, p.manager(), null).expect(204);
		get("/api/v1/households/" + householdId, p.manager()).expect(404);
	}

	@Test
	void hotlineFindsResidentsByMobileWithinTheCallersProjects() throws Exception {
		ProjectFixture p = fixtures.project();
		ProjectFixture other = fixtures.project();
		String mobile = get("/api/v1/residents/" + p.residentIds().get(0), p.agent()).expect(200).get("mobile").asString();
		assertThat(get("/api/v1/residents?mobile=" + mobile, p.agent()).expect(200).findValuesAsString("household"))
			.containsExactly("1栋1单元1101");
		assertThat(get("/api/v1/residents?mobile=" + mobile, other.agent()).expect(200).size()).isZero();
	}

}
