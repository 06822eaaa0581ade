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
 * <li>{@code batch}: {@code POST /api/v1/intake/batches}, 100 complaints a request, answered 202
 * once all are checked and kept; the background registration is off, so the figure is what intake
 * accepts (the {@code deferred} run measures what the background registers).
 * <li>{@code direct}: {@code POST /api/v1/complaints}, answered 201 once the complaint is
 * registered, triaged and assigned in the request (the hotline screen's way).
 * <li>{@code floor}: {@code GET /api/v1/staff/me}, what any authenticated request costs at the
 * least on this machine (HTTP, security, JSON, one look-up).
 * </ul>
 * The deferred and direct runs report the time from arrival to triaged-and-assigned that Anju stored on each complaint.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.IntakeBench \
 *     -Dexec.args="2000 4 deferred"   # complaints, concurrent clients, mode, then any extra Spring arguments</pre>
 */
public final class IntakeBench {

	private static final int BATCH = 100;

	private IntakeBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		String mode = args.length > 2 ? args[2] : "deferred";
		boolean deferred = mode.equals("deferred");
		boolean floor = mode.equals("floor");
		if (!List.of("deferred", "direct", "floor", "batch").contains(mode)) {
			throw new IllegalArgumentException("mode is deferred, direct, floor or batch, not " + mode);
		}
		int batch = mode.equals("batch") ? BATCH : 1;
		Path data = Files.createTempDirectory("anju-bench");
		List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--anju.data-dir=" + data,
				"--anju.demo-data=true", "--logging.level.root=warn", "--anju.notification.scheduler.enabled=false"));
		if (batch > 1) {
			springArgs.add("--anju.intake.deferred.scheduler.enabled=false");
		}
		springArgs.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, springArgs.toArray(String[]::new));
		try {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			HttpClient http = HttpClient.newHttpClient();
			JsonMapper json = JsonMapper.builder().build();
			String token = "Bearer " + token(http, json, base);
			String url = base + (floor ? "/api/v1/staff/me" : deferred ? "/api/v1/intake/complaints"
					: batch > 1 ? "/api/v1/intake/batches" : "/api/v1/complaints");
			int expected = floor ? 200 : deferred || batch > 1 ? 202 : 201;
			int requests = count / batch;
			List<String> texts = Corpus.shipped().stream().map(LabelledText::text).toList();
			long lastBefore = jdbc.queryForObject("select coalesce(max(id), 0) from complaint", Long.class);
			Load load = new Load(http, json, texts, url, token, floor, batch, expected, clients);
			if (floor || batch > 1) { // nothing waits on these: warm the JIT up first, as JMH would
				double warm = load.send(requests, requests / 4);
				System.out.printf("warm-up: %d requests in %.1f s, not counted%n", requests / 4, warm);
			}
			long start = System.nanoTime();
			long[] latencies = new long[requests];
			double seconds = load.send(0, requests, latencies);
			Arrays.sort(latencies);
			System.out.printf("database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
			if (floor) {
				System.out.printf("the floor: GET /api/v1/staff/me with the token, %d requests from %d clients in %.1f s:"
						+ " %.1f requests/s%n", count, clients, seconds, count / seconds);
			}
			else if (batch > 1) {
				System.out.printf("accepted (202, kept for the background) %d complaints in batches of %d over HTTP"
						+ " from %d clients in %.1f s: %.1f complaints/s%n", requests * batch, batch, clients, seconds,
						requests * batch / seconds);
			}
			else {
				System.out.printf("%s %d complaints over HTTP from %d clients in %.1f s: %.1f complaints/s%n",
						deferred ? "accepted (202, kept for the background)" : "registered (201, triaged and assigned)",
						count, clients, seconds, count / seconds);
			}
			System.out.printf("request latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", at(latencies, 50),
					at(latencies, 95), at(latencies, 99), latencies[requests - 1] / 1e6);
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
			if (floor || batch > 1) {
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

	/** Requests from several clients at once, each its own share of the numbered complaints. */
	private record Load(HttpClient http, JsonMapper json, List<String> texts, String url, String token, boolean get,
			int batch, int expected, int clients) {

		double send(int from, int requests) throws Exception {
			return send(from, requests, new long[requests]);
		}

		/** Sends requests {@code from} on, their latencies into the array; returns the seconds it took. */
		double send(int from, int requests, long[] latencies) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				done.add(pool.submit(() -> {
					for (int i = client; i < requests; i += clients) {
						HttpRequest request = request(from + i);
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
			pool.shutdown();
			return (System.nanoTime() - start) / 1e9;
		}

		private HttpRequest request(int i) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token);
			if (get) {
				return builder.GET().build();
			}
			List<Map<String, Object>> complaints = new ArrayList<>(batch);
			for (int n = i * batch; n < (i + 1) * batch; n++) {
				complaints.add(Map.of("residentId", 1 + n % 400, "channel", "APP", "content",
						texts.get((n * 7) % texts.size())));
			}
			String body = json.writeValueAsString(batch > 1 ? Map.of("complaints", complaints) : complaints.get(0));
			return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
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
