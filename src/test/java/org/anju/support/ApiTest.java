package org.anju.support;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Base of the integration tests: the whole application on the test database (H2 in memory, or
 * PostgreSQL when DB_URL is set), called over HTTP Basic as real staff accounts. Every test builds
 * its own project with {@link Fixtures}, so tests never depend on each other's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApiTest {

	public static final String ADMIN = "admin";

	public static final String PASSWORD = "password1";

	private static final AtomicInteger sequence = new AtomicInteger();

	protected static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	protected MockMvc mvc;

	protected Fixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new Fixtures(this);
	}

	/** A short string unique within this test run, for codes and usernames. */
	public static String unique(String prefix) {
		return prefix + System.nanoTime() % 100000 + "x" + sequence.incrementAndGet();
	}

	public Response call(HttpMethod method, String path, String user, Object body) throws Exception {
		return call(method, path, user, body, Map.of());
	}

	public Response call(HttpMethod method, String path, String user, Object body, Map<String, String> headers)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (user != null) {
			request.with(httpBasic(user, ADMIN.equals(user) ? "test-admin-pw" : PASSWORD));
		}
		headers.forEach(request::header);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content(body instanceof String s ? s : json.writeValueAsString(body));
		}
		return new Response(mvc.perform(request).andReturn());
	}

	/** Sends a plain-text body (e.g. a calendar file). */
	public Response postText(String path, String user, String text) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.content(text)
			.with(httpBasic(user, ADMIN.equals(user) ? "test-admin-pw" : PASSWORD));
		return new Response(mvc.perform(request).andReturn());
	}

	public Response get(String path, String user) throws Exception {
		return call(HttpMethod.GET, path, user, null);
	}

	public Response post(String path, String user, Object body) throws Exception {
		return call(HttpMethod.POST, path, user, body);
	}

	public Response put(String path, String user, Object body) throws Exception {
		return call(HttpMethod.PUT, path, user, body);
	}

	/** A console page as the user sees it after signing in through the login form. */
	public String consolePage(String path, String user) throws Exception {
		MvcResult login = mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(user).password(PASSWORD))
			.andReturn();
		return mvc.perform(MockMvcRequestBuilders.get(path).session((MockHttpSession) login.getRequest().getSession(false)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** An HTTP answer: its status, content type and JSON body. */
	public record Response(MvcResult result) {

		public int status() {
			return result.getResponse().getStatus();
		}

		public String contentType() {
			return result.getResponse().getContentType();
		}

		public String header(String name) {
			return result.getResponse().getHeader(name);
		}

		public JsonNode body() {
			try {
				String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				return content.isEmpty() ? json.nullNode() : json.readTree(content);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Asserts the status, showing the body when it differs, and returns the body. */
		public JsonNode expect(int status) {
			assertThat(status()).as("HTTP status; body: %s", body()).isEqualTo(status);
			return body();
		}

		public long id() {
			return body().get("id").asLong();
		}

	}

}
