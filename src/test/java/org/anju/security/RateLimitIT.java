package org.anju.security;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits: a mobile gets at most one sign-in code a minute (429 with Retry-After), so the
 * open code endpoint cannot be used to flood an owner's phone or to run up SMS costs.
 */
class RateLimitIT extends ApiTest {

	@Test
	void signInCodesAreLimitedWithRetryAfter() throws Exception {
		ProjectFixture p = fixtures.project();
		String mobile = get("/api/v1/residents/" + p.residentIds().get(1), p.agent()).expect(200).get("mobile")
			.asString();
		post("/api/v1/owner/login/code", null, Map.of("mobile", mobile)).expect(202);
		for (int i = 0; i < 3; i++) {
			Response again = post("/api/v1/owner/login/code", null, Map.of("mobile", mobile));
			assertThat(again.status()).isEqualTo(429);
			assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(1L, 60L);
		}
	}

}
