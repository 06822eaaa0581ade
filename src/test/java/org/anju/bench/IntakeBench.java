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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaint intake end to end through the HTTP API: starts Anju with its demo data (on a fresh
 * embedded H2 database, or on the database {@code DB_URL} names), registers complaints over HTTP
 * from several clients at once — each is classified, routed, checked for repeats and assigned in
 * the request — and reports complaints per second, the request latency and the time from receipt
 * to triaged-and-assigned that Anju measured and stored on each complaint ({@code intakeMillis}).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.IntakeBench \
 *     -Dexec.args="2000 4"   # complaints, concurrent clients, then any extra Spring arguments</pre>
 */
public final class IntakeBench {

	private IntakeBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		Path data = Files.createTempDirectory("anju-bench");
		List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--anju.data-dir=" + data,
				"--anju.demo-data=true", "--logging.level.root=warn", "--anju.notification.scheduler.enabled=false"));
		springArgs.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, springArgs.toArray(String[]::new));
		try {
			String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/v1/complaints";
			List<String> texts = Corpus.shipped().stream().map(LabelledText::text).toList();
			HttpClient http = HttpClient.newHttpClient();
			JsonMapper json = JsonMapper.builder().build();
			String auth = "Basic " + Base64.getEncoder().encodeToString("agent:anju-demo".getBytes(StandardCharsets.UTF_8));
			long[] latencies = new long[count];
			long[] intake = new long[count];
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				done.add(pool.submit(() -> {
					for (int i = client; i < count; i += clients) {
						String body = json.writeValueAsString(Map.of("residentId", 1 + i % 400, "channel", "WECHAT",
								"content", texts.get((i * 7) % texts.size())));
						HttpRequest request = HttpRequest.newBuilder(URI.create(url))
							.header("Authorization", auth).header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body)).build();
						long t0 = System.nanoTime();
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						latencies[i] = System.nanoTime() - t0;
						if (response.statusCode() != 201) {
							throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
						}
						JsonNode complaint = json.readTree(response.body());
						intake[i] = complaint.get("intakeMillis").asLong() * 1_000_000;
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
			Arrays.sort(intake);
			System.out.printf("database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
			System.out.printf("registered %d complaints over HTTP from %d clients in %.1f s: %.1f complaints/s%n", count,
					clients, seconds, count / seconds);
			System.out.printf("request latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", at(latencies, 50),
					at(latencies, 95), at(latencies, 99), latencies[count - 1] / 1e6);
			System.out.printf("receipt to triaged-and-assigned p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
					at(intake, 50), at(intake, 95), at(intake, 99), intake[count - 1] / 1e6);
		}
		finally {
			app.close();
		}
	}

	private static double at(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
