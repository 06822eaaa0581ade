package org.anju.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Anju node: the real jar from {@code target/} as its own JVM, on a free port, against the
 * given database, with its own data directory (H2 is not used; the attachments and the search
 * index live there). Its output goes to {@code target/process-logs/<name>.log}, appended across
 * restarts. {@link #kill()} is {@code kill -9}; {@link #stop()} a graceful shutdown.
 */
final class AppNode implements AutoCloseable {

	static final Path JAR = Path.of("target/anju-0.1.0-SNAPSHOT.jar");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path dataDir;

	private final String dbUrl;

	private final Map<String, String> settings = new LinkedHashMap<>();

	private final int port;

	private Process process;

	AppNode(String name, String dbUrl, Map<String, String> settings) throws IOException {
		this.name = name;
		this.dbUrl = dbUrl;
		this.dataDir = Files.createTempDirectory("anju-process-" + name);
		this.port = PostgresCluster.freePort();
		// cheap and quick: low BCrypt cost, the demo company, every queued message due at once
		this.settings.put("anju.security.bcrypt-strength", "4");
		this.settings.put("anju.demo-data", "true");
		this.settings.put("anju.node-name", name);
		this.settings.put("anju.notification.quiet-hours.from", "00:00");
		this.settings.put("anju.notification.quiet-hours.until", "00:00");
		this.settings.put("anju.notification.interval", "PT1S");
		this.settings.put("anju.notification.first-retry-after", "PT2S");
		// a node killed during a delivery run holds the job's lock this long (the property from the dispatcher's branch)
		this.settings.put("anju.notification.lock-at-most-for", "PT15S");
		this.settings.put("logging.level.org.anju", "info");
		this.settings.putAll(settings);
	}

	/** Starts the node and waits until it reports ready. */
	AppNode start() throws Exception {
		Path logs = Files.createDirectories(Path.of("target/process-logs"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=" + port));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
		builder.environment().put("DB_URL", dbUrl);
		builder.environment().put("DB_USER", "postgres");
		builder.environment().put("DB_PASSWORD", "");
		builder.environment().put("ANJU_DATA_DIR", dataDir.toString());
		process = builder.start();
		awaitReady(Duration.ofSeconds(120));
		return this;
	}

	/** Waits until {@code /actuator/health/readiness} answers 200 (fails early when the process died). */
	void awaitReady(Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/process-logs/" + name + ".log");
			}
			if (ready()) {
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(name + " not ready after " + timeout);
	}

	boolean ready() {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** {@code kill -9}: no shutdown hook, no flush, no rollback of what was in flight. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	int port() {
		return port;
	}

	String name() {
		return name;
	}

	@Override
	public void close() throws Exception {
		stop();
	}

}
