package org.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL restarted under load (issue 13): while clients register complaints, the database is
 * stopped (fast shutdown), left down for five seconds and started again. Every request is answered
 * — 201, or during the outage 503 problem+json with Retry-After; never a 500, another status or a
 * hang — the node becomes ready again by itself and accepts complaints, and everything
 * acknowledged is in the database.
 */
class DatabaseRestartProcessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Far above Hikari's connection-timeout (5 s): a request taking this long is hanging. */
	private static final Duration HANG = Duration.ofSeconds(20);

	private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

	private final AtomicInteger unavailable = new AtomicInteger();

	private final AtomicInteger afterRestart = new AtomicInteger();

	private final Queue<String> wrong = new ConcurrentLinkedQueue<>();

	private volatile boolean restarted;

	@BeforeAll
	static void available() {
		ProcessTests.assumeAvailable();
	}

	@Test
	void requestsFailCleanlyDuringTheOutageAndTheNodeRecoversByItself() throws Exception {
		try (PostgresCluster db = PostgresCluster.start();
				AppNode node = new AppNode("db-restart", db.jdbcUrl(), Map.of()).start()) {
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(3);
			for (int c = 0; c < 3; c++) {
				int client = c;
				clients.submit(() -> load(node, client, running));
			}
			ProcessTests.await(Duration.ofSeconds(30), () -> acknowledged.size() >= 15);
			HttpClient browser = ProcessTests.signedIn(node.uri("/"));

			db.stopServer();
			ProcessTests.await(Duration.ofSeconds(30), () -> !node.ready());
			// a console page: the session store (the database) fails before any controller runs
			HttpResponse<String> page = browser.send(ProcessTests.page(node.uri("/queues/mine")),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as("a console page during the outage").isEqualTo(503);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(page.body()).contains("服务暂时不可用");
			Thread.sleep(5000);
			db.startServer();
			restarted = true;

			node.awaitReady(Duration.ofSeconds(30));
			assertThat(browser.send(ProcessTests.page(node.uri("/queues/mine")), HttpResponse.BodyHandlers.ofString())
				.statusCode()).as("the same session after the restart").isEqualTo(200);
			ProcessTests.await(Duration.ofSeconds(30), () -> afterRestart.get() >= 10);
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

			System.out.printf("DatabaseRestartProcessIT: %d acknowledged, %d answered 503 during the outage%n",
					acknowledged.size(), unavailable.get());
			assertThat(wrong).as("answers other than 201 and a clean 503").isEmpty();
			assertThat(unavailable.get()).as("requests refused with 503 during the outage").isPositive();
			try (Connection jdbc = db.connect();
					PreparedStatement q = jdbc.prepareStatement("select id from complaint where number = ?")) {
				for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
					q.setString(1, ack.getKey());
					try (ResultSet row = q.executeQuery()) {
						assertThat(row.next()).as("acknowledged complaint %s is stored", ack.getKey()).isTrue();
						assertThat(row.getLong(1)).isEqualTo(ack.getValue());
					}
				}
			}
		}
	}

	/** One client: registers complaints until stopped, sorting every answer. */
	private void load(AppNode node, int client, AtomicBoolean running) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (int i = client; running.get(); i += 3) {
			try {
				String body = JSON.writeValueAsString(Map.of("residentId", 1 + (i * 53) % 400, "channel", "PHONE", "content",
						"地下车库B区排水沟堵了，下雨积水很深（第" + i + "次）"));
				HttpRequest request = ProcessTests.registration(node.uri("/api/v1/complaints"), body).timeout(HANG).build();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					JsonNode complaint = JSON.readTree(response.body());
					acknowledged.put(complaint.get("number").asString(), complaint.get("id").asLong());
					if (restarted) {
						afterRestart.incrementAndGet();
					}
				}
				else if (response.statusCode() == 503 && clean(response)) {
					unavailable.incrementAndGet();
					Thread.sleep(200);
				}
				else {
					wrong.add(response.statusCode() + " " + response.headers().map() + " " + response.body());
				}
			}
			catch (HttpTimeoutException hang) {
				wrong.add("no answer within " + HANG);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (Exception ex) {
				wrong.add(ex.toString());
			}
		}
	}

	private static boolean clean(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
				&& response.headers().firstValue("Retry-After").isPresent()
				&& JSON.readTree(response.body()).path("status").asInt() == 503;
	}

}
