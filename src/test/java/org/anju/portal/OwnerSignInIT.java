package org.anju.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners sign in with their mobile and an SMS code; the token then opens the owners' API only. */
class OwnerSignInIT extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	String mobile;

	@BeforeEach
	void owner() throws Exception {
		p = fixtures.project();
		mobile = get("/api/v1/residents/" + p.residentIds().get(0), p.agent()).expect(200).get("mobile").asString();
	}

	@Test
	void aCodeSentBySmsBuysATokenForTheOwnersApi() throws Exception {
		assertThat(requestCode(mobile).status()).isEqualTo(202);
		String code = smsCode(mobile);
		JsonNode login = login(mobile, code, null).expect(200);
		assertThat(login.get("owner").get("householdId").asLong()).isEqualTo(p.householdIds().get(0));
		String token = login.get("token").asString();
		assertThat(asOwner(HttpMethod.GET, "/api/v1/owner/complaints", token).status()).isEqualTo(200);
		assertThat(asOwner(HttpMethod.GET, "/api/v1/complaints", token).status()).isEqualTo(403);
		assertThat(login(mobile, code, null).status()).as("a code is used once").isEqualTo(400);
		assertThat(asOwner(HttpMethod.GET, "/api/v1/owner/complaints", token + "x").status()).isEqualTo(401);
		assertThat(jdbc.queryForObject("select count(*) from portal_owner_token where token_hash = ?", Long.class,
				token)).as("only a hash is kept").isZero();
		assertThat(asOwner(HttpMethod.POST, "/api/v1/owner/logout", token).status()).isEqualTo(204);
		assertThat(asOwner(HttpMethod.GET, "/api/v1/owner/complaints", token).status()).isEqualTo(401);
	}

	@Test
	void anUnknownMobileIsAnsweredAlikeButNoCodeIsSent() throws Exception {
		String stranger = "137" + String.format("%08d", Math.abs(unique("").hashCode()) % 100_000_000);
		assertThat(requestCode(stranger).status()).isEqualTo(202);
		assertThat(jdbc.queryForObject("select count(*) from notification_message where address = ?", Long.class,
				stranger)).isZero();
		assertThat(requestCode("12345").expect(400).get("errors").toString()).contains("mobile");
	}

	@Test
	void codesAreSentAtMostOnceAMinute() throws Exception {
		requestCode(mobile).expect(202);
		Response again = requestCode(mobile);
		assertThat(again.status()).isEqualTo(429);
		assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(1L, 60L);
	}

	@Test
	void wrongCodesVoidTheCodeAndThenLockTheMobile() throws Exception {
		requestCode(mobile).expect(202);
		String code = smsCode(mobile);
		for (int i = 0; i < LoginCode.MAX_ATTEMPTS; i++) {
			assertThat(login(mobile, wrong(code), null).expect(400).toString()).contains("code");
		}
		assertThat(login(mobile, code, null).status()).as("a code tried five times is void").isEqualTo(400);
		backdate(Duration.ofMinutes(2));
		requestCode(mobile).expect(202);
		String second = smsCode(mobile);
		for (int i = 0; i < LoginCode.MAX_ATTEMPTS; i++) {
			login(mobile, wrong(second), null).expect(400);
		}
		assertThat(login(mobile, second, null).status()).isEqualTo(429);
		backdate(Duration.ofMinutes(2));
		assertThat(requestCode(mobile).status()).as("no new code while locked").isEqualTo(429);
	}

	@Test
	void anExpiredCodeIsRefused() throws Exception {
		requestCode(mobile).expect(202);
		String code = smsCode(mobile);
		backdate(SignIn.VALIDITY.plusSeconds(1));
		assertThat(login(mobile, code, null).expect(400).get("errors").toString()).contains("code");
	}

	@Test
	void aMobileOfSeveralHouseholdsChoosesOne() throws Exception {
		long other = p.householdIds().get(3);
		post("/api/v1/households/" + other + "/residents", ADMIN,
				Map.of("name", "业主租户", "relation", "TENANT", "mobile", mobile)).expect(201);
		requestCode(mobile).expect(202);
		String code = smsCode(mobile);
		JsonNode choose = login(mobile, code, null).expect(409);
		assertThat(choose.get("households")).hasSize(2);
		assertThat(choose.toString()).contains("2栋");
		assertThat(login(mobile, code, p.householdIds().get(1)).status()).isEqualTo(400);
		JsonNode login = login(mobile, code, other).expect(200);
		assertThat(login.get("owner").get("householdId").asLong()).isEqualTo(other);
		assertThat(login.get("owner").get("name").asString()).isEqualTo("业主租户");
	}

	Response requestCode(String mobile) throws Exception {
		return post("/api/v1/owner/login/code", null, Map.of("mobile", mobile));
	}

	Response login(String mobile, String code, Long householdId) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("mobile", mobile, "code", code));
		if (householdId != null) {
			body.put("householdId", householdId);
		}
		return post("/api/v1/owner/login", null, body);
	}

	Response asOwner(HttpMethod method, String path, String token) throws Exception {
		return call(method, path, null, null, Map.of("Authorization", "Bearer " + token));
	}

	/** Moves this mobile's codes into the past, as if time had passed. */
	void backdate(Duration by) {
		for (String column : new String[] { "created_at", "expires_at" }) {
			jdbc.query("select id, " + column + " from portal_login_code where mobile = ?", rs -> {
				jdbc.update("update portal_login_code set " + column + " = ? where id = ?",
						Timestamp.from(rs.getTimestamp(2).toInstant().minus(by)), rs.getLong(1));
			}, mobile);
		}
	}

	/** The code of the latest sign-in SMS to the mobile. */
	String smsCode(String mobile) {
		String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
				+ " and idempotency_key like 'portal-login:%' order by id desc limit 1", String.class, mobile);
		Matcher code = Pattern.compile("\\d{6}").matcher(body);
		assertThat(code.find()).as(body).isTrue();
		return code.group();
	}

	static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

}
