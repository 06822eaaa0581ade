package org.anju.organisation;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff API tokens: made with a password, shown once, act as their account, refused once revoked. */
class ApiTokenIT extends ApiTest {

	private static final String TOKENS = "/api/v1/staff/me/tokens";

	@Test
	void aTokenActsAsItsAccountUntilRevoked() throws Exception {
		ProjectFixture p = fixtures.project();
		ProjectFixture other = fixtures.project();
		JsonNode issued = post(TOKENS, p.agent(), Map.of("name", "呼叫中心", "days", 30)).expect(201);
		String token = issued.get("token").asString();
		assertThat(token).startsWith("anju_").hasSizeGreaterThan(40);

		assertThat(bearer(HttpMethod.GET, "/api/v1/projects/" + p.projectId() + "/buildings", token).status()).isEqualTo(200);
		assertThat(bearer(HttpMethod.GET, "/api/v1/projects/" + other.projectId() + "/buildings", token).status())
			.isEqualTo(404);
		assertThat(bearer(HttpMethod.GET, "/api/v1/owner/complaints", token).status()).isEqualTo(403);
		assertThat(bearer(HttpMethod.POST, TOKENS, token, Map.of("name", "再来一个")).status())
			.as("a token does not make tokens").isEqualTo(403);

		JsonNode listed = get(TOKENS, p.agent()).expect(200);
		assertThat(listed.findValuesAsString("name")).containsExactly("呼叫中心");
		assertThat(listed.get(0).has("token")).as("the token is shown once").isFalse();
		assertThat(get("/api/v1/staff/me/tokens", other.agent()).expect(200).size()).isZero();

		long id = issued.get("id").asLong();
		call(HttpMethod.DELETE, TOKENS + "/" + id, other.agent(), null).expect(404);
		JsonNode revoked = call(HttpMethod.DELETE, TOKENS + "/" + id, p.agent(), null).expect(200);
		assertThat(revoked.has("revokedAt")).isTrue();
		assertThat(bearer(HttpMethod.GET, "/api/v1/projects/" + p.projectId() + "/buildings", token).status())
			.isEqualTo(401);
	}

	@Test
	void unknownTokensAndBadRequestsAreRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		assertThat(bearer(HttpMethod.GET, "/api/v1/projects/" + p.projectId() + "/buildings", "anju_made-up").status())
			.isEqualTo(401);
		JsonNode problem = post(TOKENS, p.agent(), Map.of("name", "", "days", 0)).expect(400);
		assertThat(problem.toString()).contains("name").contains("days");
		assertThat(call(HttpMethod.POST, TOKENS, null, Map.of("name", "x")).status()).isEqualTo(401);
	}

	private Response bearer(HttpMethod method, String path, String token) throws Exception {
		return bearer(method, path, token, null);
	}

	private Response bearer(HttpMethod method, String path, String token, Object body) throws Exception {
		return call(method, path, null, body, Map.of("Authorization", "Bearer " + token));
	}

}
