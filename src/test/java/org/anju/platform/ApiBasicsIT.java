package org.anju.platform;

import org.anju.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every client meets first: health, the OpenAPI document, and the refusal of anonymous calls. */
class ApiBasicsIT extends ApiTest {

	@Test
	void healthIsOpenAndUp() throws Exception {
		assertThat(get("/actuator/health", null).expect(200).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void anUnnamedNodeDoesNotNameItself() throws Exception {
		assertThat(get("/actuator/health", null).header("X-Anju-Node")).isNull();
	}

	@Test
	void openApiDocumentDescribesTheApiToStaff() throws Exception {
		var doc = get("/v3/api-docs", ADMIN).expect(200);
		assertThat(doc.get("paths").propertyNames()).contains("/api/v1/complaints", "/api/v1/complaints/{id}/resolve",
				"/api/v1/projects/{projectId}/imports", "/api/v1/staff");
		get("/v3/api-docs", null).expect(401);
	}

	@Test
	void openApiDocumentSaysWhichWayInEachOperationTakes() throws Exception {
		var doc = get("/v3/api-docs", ADMIN).expect(200);
		assertThat(doc.get("components").get("securitySchemes").get("owner").get("scheme").asString()).isEqualTo("bearer");
		assertThat(doc.get("components").get("securitySchemes").get("staff").get("scheme").asString()).isEqualTo("basic");
		assertThat(doc.get("security").toString()).contains("staff");
		assertThat(doc.get("paths").get("/api/v1/owner/complaints").get("get").get("security").toString())
			.contains("owner").doesNotContain("staff");
		assertThat(doc.get("paths").get("/api/v1/owner/login").get("post").get("security")).isEmpty();
		assertThat(doc.get("paths").get("/api/v1/complaints").get("get").has("security")).isFalse();
	}

	@Test
	void everyApiCallNeedsAStaffLogin() throws Exception {
		for (String path : new String[] { "/api/v1/complaints", "/api/v1/companies", "/api/v1/staff/me",
				"/api/v1/residents?mobile=13800000000", "/actuator/info" }) {
			assertThat(get(path, null).status()).as(path).isEqualTo(401);
		}
		assertThat(call(org.springframework.http.HttpMethod.GET, "/api/v1/complaints", null, null,
				java.util.Map.of("Authorization", "Basic YWRtaW46d3Jvbmc=")).status()).isEqualTo(401);
	}

	@Test
	void otherActuatorEndpointsAreForAdministratorsOnly() throws Exception {
		var p = fixtures.project();
		assertThat(get("/actuator/info", p.manager()).status()).isEqualTo(403);
		assertThat(get("/actuator/info", ADMIN).status()).isEqualTo(200);
	}

}
