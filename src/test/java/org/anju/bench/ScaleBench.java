package org.anju.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.anju.knowledge.KnowledgeSearch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The everyday reads at a large group's volume, on PostgreSQL: fills the database with the
 * {@link DataGenerator} (1,000,000 complaints over 50,000 households by default), lets the search
 * index catch up, then times over HTTP — p50, p95 and max of {@code rounds} requests after a
 * warm-up — the staff console's queues (signed in through the login form, as a browser), the word
 * search of the console and the full-text search of the API (Lucene), the complaint API's
 * listing, and the owner's "my complaints" for different households (app bearer tokens).
 * <p>
 * API calls authenticate with HTTP Basic on every request; the bench starts Anju with BCrypt cost
 * 4 so that the figures show the query, not the password check (cost 10 adds some 80 ms of CPU to
 * every Basic request — see the intake figures).
 *
 * <pre>(PGDATABASE_NAME=anju_big source .ci/start-postgres &amp;&amp; \
 *   mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.ScaleBench \
 *     -Dexec.args="1000000 50")   # complaints, requests per page</pre>
 */
public final class ScaleBench {

	private ScaleBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		try (Bench bench = Bench.start("--anju.demo-data=true", "--anju.security.bcrypt-strength=4")) {
			bench.requirePostgres("ScaleBench");
			JdbcTemplate jdbc = bench.jdbc();
			long t0 = System.nanoTime();
			DataGenerator.fill(jdbc, count, 20, 2_500);
			System.out.printf("database: %s%nfilled to %,d complaints in %.1f s%n", bench.databaseUrl(),
					jdbc.queryForObject("select count(*) from complaint", Long.class), (System.nanoTime() - t0) / 1e9);
			t0 = System.nanoTime();
			int indexed = bench.app().getBean(KnowledgeSearch.class).catchUp();
			System.out.printf("search index caught up (%,d complaints) in %.1f s%n", indexed, (System.nanoTime() - t0) / 1e9);
			String base = bench.base();
			String number = jdbc.queryForObject("select max(c.number) from complaint c join project p on p.id = c.project_id"
					+ " where p.code like '" + DataGenerator.PREFIX + "%'", String.class);
			System.out.printf("%-52s %8s %8s %8s%n", "request (" + rounds + " each)", "p50 ms", "p95 ms", "max ms");

			HttpClient agent = ConsoleBench.login(base, "agent");
			Map<String, String> agentPages = new LinkedHashMap<>();
			for (String q : List.of("mine", "department", "due", "overdue", "escalated")) {
				agentPages.put("console, agent: /queues/" + q, "/queues/" + q);
			}
			agentPages.put("console, agent: search by a word", "/queues/department?q=" + encode("漏水"));
			page(agent, base, agentPages, rounds);

			HttpClient manager = ConsoleBench.login(base, "manager");
			Map<String, String> managerPages = new LinkedHashMap<>();
			managerPages.put("console, manager (21 projects): /queues/all", "/queues/all");
			managerPages.put("console, manager: all, search by a word", "/queues/all?q=" + encode("漏水"));
			managerPages.put("console, manager: all, search by a number", "/queues/all?q=" + number);
			managerPages.put("console, manager: /queues/overdue", "/queues/overdue");
			page(manager, base, managerPages, rounds);

			String basic = "Basic " + Base64.getEncoder().encodeToString("manager:anju-demo".getBytes(StandardCharsets.UTF_8));
			String[] words = { "漏水", "电梯", "噪音", "停车", "垃圾", "物业费", "门禁", "绿化" };
			time("API, manager: full-text search (Lucene), 8 words", rounds, i -> HttpRequest
				.newBuilder(URI.create(base + "/api/v1/knowledge/search?q=" + encode(words[i % words.length])))
				.header("Authorization", basic).build(), HttpClient.newHttpClient(), "\"kind\"");
			time("API, manager: complaints in progress, page 1", rounds, i -> HttpRequest
				.newBuilder(URI.create(base + "/api/v1/complaints?status=IN_PROGRESS&size=20"))
				.header("Authorization", basic).build(), HttpClient.newHttpClient(), "\"content\"");

			List<String> tokens = ownerTokens(jdbc, rounds + 3);
			time("API, owner: my complaints (a different household each)", rounds, i -> HttpRequest
				.newBuilder(URI.create(base + "/api/v1/owner/complaints"))
				.header("Authorization", "Bearer " + tokens.get(i)).build(), HttpClient.newHttpClient(), "[");
		}
	}

	/** App tokens for owners of generated households that have complaints, stored as sign-in would. */
	private static List<String> ownerTokens(JdbcTemplate jdbc, int n) {
		List<String> tokens = new ArrayList<>();
		List<Map<String, Object>> owners = jdbc.queryForList("select distinct on (c.household_id) r.id as resident,"
				+ " r.household_id as household, c.project_id as project, r.name from complaint c"
				+ " join resident r on r.id = c.resident_id where c.household_id is not null and c.id % 97 = 0 limit ?", n);
		for (Map<String, Object> owner : owners) {
			String token = "bench-" + owner.get("resident") + "-" + System.nanoTime();
			jdbc.update("insert into portal_owner_token (token_hash, resident_id, household_id, project_id, owner_name,"
					+ " created_at, expires_at) values (encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, ?, ?, ?, now(),"
					+ " now() + interval '1 day')", token, owner.get("resident"), owner.get("household"),
					owner.get("project"), owner.get("name"));
			tokens.add(token);
		}
		return tokens;
	}

	private static void page(HttpClient http, String base, Map<String, String> pages, int rounds) throws Exception {
		for (Map.Entry<String, String> page : pages.entrySet()) {
			time(page.getKey(), rounds, i -> HttpRequest.newBuilder(URI.create(base + page.getValue())).build(), http,
					"queue-results");
		}
	}

	/** Three warm-up requests, then {@code rounds} timed ones; each must answer 200 with {@code expected} in it. */
	private static void time(String what, int rounds, IntFunction<HttpRequest> request, HttpClient http,
			String expected) throws Exception {
		long[] nanos = new long[rounds];
		for (int i = -3; i < rounds; i++) {
			HttpRequest r = request.apply(i + 3);
			long t0 = System.nanoTime();
			HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - t0;
			if (response.statusCode() != 200 || !response.body().contains(expected)) {
				throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
			}
			if (i >= 0) {
				nanos[i] = took;
			}
		}
		Arrays.sort(nanos);
		System.out.printf("%-52s %8.1f %8.1f %8.1f%n", what, at(nanos, 50), at(nanos, 95), nanos[rounds - 1] / 1e6);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static double at(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
