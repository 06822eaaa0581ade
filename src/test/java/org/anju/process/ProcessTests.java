package org.anju.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When the process tests can run: PostgreSQL's binaries installed, the jar built, not switched off. */
final class ProcessTests {

	/** The demo agent's HTTP Basic credentials, as the nodes start with demo data. */
	static final String AGENT = "Basic " + Base64.getEncoder().encodeToString("agent:anju-demo".getBytes(StandardCharsets.UTF_8));

	private ProcessTests() {
	}

	/** A complaint registration as the demo agent: {@code json} posted to {@code uri}. */
	static HttpRequest.Builder registration(URI uri, String json) {
		return HttpRequest.newBuilder(uri)
			.header("Authorization", AGENT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
	}

	static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build();
	}

	/** A page as a browser asks for it. */
	static HttpRequest page(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", "text/html").build();
	}

	static HttpRequest form(URI uri, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.reduce((x, y) -> x + "&" + y).orElse("");
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	static String csrf(String page) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
		assertThat(m.find()).as("CSRF field in the page").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	/** A browser (cookies kept, redirects not followed) signed in to the console at {@code base} as the demo agent. */
	static HttpClient signedIn(URI base) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> login = browser.send(get(base.resolve("/login")), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> signedIn = browser.send(form(base.resolve("/login"), Map.of("username", "agent",
				"password", "anju-demo", "_csrf", csrf(login.body()))), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	/** Skips the test unless PostgreSQL's binaries and the jar exist and {@code -Dprocess.tests=false} is not given. */
	static void assumeAvailable() {
		assumeTrue(!"false".equals(System.getProperty("process.tests")), "process tests switched off (-Dprocess.tests=false)");
		assumeTrue(PostgresCluster.binaries().isPresent(), "PostgreSQL binaries missing under /usr/lib/postgresql");
		assumeTrue(Files.isRegularFile(AppNode.JAR), "the jar is not built: " + AppNode.JAR);
	}

	/** Polls the check every 200 ms until it holds; fails the test if it does not within the timeout. */
	static void await(Duration timeout, Check check) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (!check.holds()) {
			assertThat(Instant.now()).as("condition not met within %s", timeout).isBefore(until);
			Thread.sleep(200);
		}
	}

	interface Check {

		boolean holds() throws Exception;

	}

}
