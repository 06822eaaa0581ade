package org.anju.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anju.AnjuApplication;
import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.LabelledText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Complaint intake end to end through the HTTP API: starts Anju with its demo data (on a fresh
 * embedded H2 database, or on the database {@code DB_URL} names) and sends complaints over HTTP
 * from several clients at once, with a staff API token. Two ways:
 * <ul>
 * <li>{@code deferred}: {@code POST /api/v1/intake/complaints}, answered 202 once the complaint is
 * checked and kept; the background registers, triages and assigns. Reports the accepted rate and
 * latency, then waits until every complaint is registered and reports how long that took.
 * <li>{@code direct}: {@code POST /api/v1/complaints}, answered 201 once the complaint is
 * registered, triaged and assigned in the request (the hotline screen's way).
 * <li>{@code floor}: {@code GET /api/v1/staff/me}, what any authenticated request costs at the
 * least on this machine (HTTP, security, JSON, one look-up).
 * </ul>
 * The first two report report the time from arrival to triaged-and-assigned that Anju stored on each complaint.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.IntakeBench \
 *     -Dexec.args="2000 4 deferred"   # complaints, concurrent clients, mode, then any extra Spring arguments</pre>
 */
public final class IntakeBench {

	private IntakeBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		String mode = args.length > 2 ? args[2] : "deferred";
		boolean deferred = mode.equals("deferred");
		boolean floor = mode.equals("floor");
		Path data = Files.createTempDirectory("anju-bench");
		List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--anju.data-dir=" + data,
				"--anju.demo-data=true", "--logging.level.root=warn", "--anju.notification.scheduler.enabled=false"));
		springArgs.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, springArgs.toArray(String[]::new));
		try {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			HttpClient http = HttpClient.newHttpClient();
			JsonMapper json = JsonMapper.builder().build();
			String token = "Bearer " + token(http, json, base);
			String url = base + (floor ? "/api/v1/staff/me" : deferred ? "/api/v1/intake/complaints" : "/api/v1/complaints");
			int expected = floor ? 200 : deferred ? 202 : 201;
			List<String> texts = Corpus.shipped().stream().map(LabelledText::text).toList();
			long lastBefore = jdbc.queryForObject("select coalesce(max(id), 0) from complaint", Long.class);
			long[] latencies = new long[count];
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				done.add(pool.submit(() -> {
					for (int i = client; i < count; i += clients) {
						String body = json.writeValueAsString(Map.of("residentId", 1 + i % 400, "channel", "APP",
								"content", texts.get((i * 7) % texts.size())));
						HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token);
						HttpRequest request = floor ? builder.GET().build() : builder.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body)).build();
						long t0 = System.nanoTime();
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						latencies[i] = System.nanoTime() - t0;
						if (response.statusCode() != expected) {
							throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			pool.shutdown();
			Arrays.sort(latencies);
			System.out.printf("database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
			if (floor) {
				System.out.printf("the floor: GET /api/v1/staff/me with the token, %d requests from %d clients in %.1f s:"
						+ " %.1f requests/s%n", count, clients, seconds, count / seconds);
			}
			else {
				System.out.printf("%s %d complaints over HTTP from %d clients in %.1f s: %.1f complaints/s%n",
						deferred ? "accepted (202, kept for the background)" : "registered (201, triaged and assigned)",
						count, clients, seconds, count / seconds);
			}
			System.out.printf("request latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", at(latencies, 50),
					at(latencies, 95), at(latencies, 99), latencies[count - 1] / 1e6);
			if (deferred) {
				long waitStart = System.nanoTime();
				while (jdbc.queryForObject("select count(*) from intake_message where submitted_by is not null"
						+ " and status = 'RECEIVED'", Integer.class) > 0) {
					Thread.sleep(100);
				}
				double total = (System.nanoTime() - start) / 1e9;
				System.out.printf("all registered, triaged and assigned %.1f s after the last was accepted;"
						+ " background registration %.1f complaints/s over the whole run%n",
						(System.nanoTime() - waitStart) / 1e9, count / total);
			}
			if (floor) {
				return;
			}
			long[] intake = jdbc.queryForList("select intake_millis from complaint where id > ? order by intake_millis",
					Long.class, lastBefore).stream().mapToLong(ms -> ms * 1_000_000).toArray();
			System.out.printf("arrival to triaged-and-assigned (%d complaints) p50 %.0f ms, p95 %.0f ms, p99 %.0f ms,"
					+ " max %.0f ms%n", intake.length, at(intake, 50), at(intake, 95), at(intake, 99),
					intake[intake.length - 1] / 1e6);
		}
		finally {
			app.close();
		}
	}

	/** A staff API token for the demo agent, made with the agent's password (the one BCrypt check). */
	private static String token(HttpClient http, JsonMapper json, String base) throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString("agent:anju-demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/me/tokens"))
			.header("Authorization", basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"intake bench\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (made.statusCode() != 201) {
			throw new IllegalStateException("No API token: HTTP " + made.statusCode() + " " + made.body());
		}
		return json.readTree(made.body()).get("token").asString();
	}

	private static double at(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
