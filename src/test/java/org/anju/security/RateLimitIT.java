package org.anju.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits: a mobile gets at most one sign-in code a minute (429 with Retry-After), so the
 * open code endpoint cannot be used to flood an owner's phone or to run up SMS costs; and one
 * client address may load only so many pages of the anonymous public board a minute.
 */
@TestPropertySource(properties = "anju.board.rate-limit.per-minute=5")
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

	@Test
	void theBoardLimitsEachClientAddressWithRetryAfter() throws Exception {
		ProjectFixture p = fixtures.project();
		String[] pages = { "/board", "/board/" + p.projectId(), "/board/" + p.projectId() + "/screen" };
		for (int i = 0; i < 5; i++) {
			assertThat(board(pages[i % 3], "203.0.113.7").getResponse().getStatus()).isEqualTo(200);
		}
		for (String page : pages) {
			MvcResult refused = board(page, "203.0.113.7");
			assertThat(refused.getResponse().getStatus()).isEqualTo(429);
			assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(json.readTree(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("status")
				.asInt()).isEqualTo(429);
			assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		}
		// another reader is not affected
		assertThat(board("/board/" + p.projectId(), "198.51.100.23").getResponse().getStatus()).isEqualTo(200);
	}

	MvcResult board(String path, String clientAddress) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).with(request -> {
			request.setRemoteAddr(clientAddress);
			return request;
		})).andReturn();
	}

}
