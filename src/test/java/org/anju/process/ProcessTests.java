package org.anju.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

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
