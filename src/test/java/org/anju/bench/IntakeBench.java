package org.anju.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.anju.AnjuApplication;
import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.LabelledText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaint intake end to end: starts Anju on a fresh embedded database with its demo data,
 * registers complaints over HTTP one after another (each is classified, routed and assigned in
 * the request) and reports the request latency and the time from receipt to assignment.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.IntakeBench</pre>
 */
public final class IntakeBench {

	private IntakeBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path data = Files.createTempDirectory("anju-bench");
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, "--server.port=0",
				"--anju.data-dir=" + data, "--anju.demo-data=true", "--logging.level.root=warn");
		try {
			String port = app.getEnvironment().getProperty("local.server.port");
			List<String> texts = Corpus.shipped().stream().map(LabelledText::text).toList();
			HttpClient http = HttpClient.newHttpClient();
			JsonMapper json = JsonMapper.builder().build();
			String auth = "Basic " + Base64.getEncoder().encodeToString("agent:anju-demo".getBytes(StandardCharsets.UTF_8));
			long[] latencies = new long[count];
			long[] toAssignment = new long[count];
			int assigned = 0;
			for (int i = 0; i < count; i++) {
				String body = json.writeValueAsString(java.util.Map.of("residentId", 1 + i % 400, "channel", "WECHAT",
						"content", texts.get((i * 7) % texts.size())));
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints"))
					.header("Authorization", auth).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build();
				long t0 = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				latencies[i] = System.nanoTime() - t0;
				if (response.statusCode() != 201) {
					throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
				}
				JsonNode complaint = json.readTree(response.body());
				if (!complaint.path("assignedAt").isMissingNode() && !complaint.get("assignedAt").isNull()) {
					toAssignment[assigned++] = Duration.between(Instant.parse(complaint.get("receivedAt").asString()),
							Instant.parse(complaint.get("assignedAt").asString())).toNanos();
				}
			}
			Arrays.sort(latencies);
			long[] waits = Arrays.copyOf(toAssignment, assigned);
			Arrays.sort(waits);
			System.out.printf("registered %d complaints over HTTP, one at a time%n", count);
			System.out.printf("request latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", at(latencies, 50),
					at(latencies, 99), latencies[count - 1] / 1e6);
			System.out.printf("assigned automatically: %d (%.0f%%); receipt to assignment p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					assigned, 100.0 * assigned / count, at(waits, 50), at(waits, 99), waits[assigned - 1] / 1e6);
		}
		finally {
			app.close();
		}
	}

	private static double at(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
