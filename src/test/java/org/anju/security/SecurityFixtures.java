package org.anju.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the security tests share: an owner's bearer token through the real SMS-code login. */
final class SecurityFixtures {

	private SecurityFixtures() {
	}

	/** Signs in the project's first resident with a code read from the SMS outbox; returns the bearer token. */
	static String ownerToken(ApiTest api, JdbcTemplate jdbc, ProjectFixture p, int resident) throws Exception {
		String mobile = api.get("/api/v1/residents/" + p.residentIds().get(resident), p.agent()).expect(200)
			.get("mobile").asString();
		api.post("/api/v1/owner/login/code", null, Map.of("mobile", mobile)).expect(202);
		String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
				+ " and idempotency_key like 'portal-login:%' order by id desc limit 1", String.class, mobile);
		Matcher code = Pattern.compile("\\d{6}").matcher(body);
		assertThat(code.find()).as(body).isTrue();
		return api.post("/api/v1/owner/login", null, Map.of("mobile", mobile, "code", code.group())).expect(200)
			.get("token").asString();
	}

	static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

}
