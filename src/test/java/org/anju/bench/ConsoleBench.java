package org.anju.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.AnjuApplication;
import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.LabelledText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's complaint queues over many complaints: starts Anju with its demo data (a fresh
 * embedded H2 database, or the database {@code DB_URL} names), adds {@code count} complaints to the
 * demo project straight into the tables — years of closed complaints and the newest few thousand
 * in every status, the demo staff as assignees, flags, escalations and deadline clocks some of
 * which are warned or breached, texts from the corpus —
 * logs in through the login form as the agent and the manager, and times every queue page, a
 * search by word and by number, a sorted deep page and an htmx table refresh: p50, p95 and max
 * of {@code rounds} requests each, after a warm-up.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.ConsoleBench \
 *     -Dexec.args="100000 20"   # complaints, rounds per page</pre>
 */
public final class ConsoleBench {

	/** The statuses of the newest complaints; older ones are closed (or, one in twenty, cancelled). */
	private static final String[] STATUSES = { "RECEIVED", "ASSIGNED", "IN_PROGRESS", "IN_PROGRESS", "ON_HOLD",
			"RESOLVED", "CLOSED", "REOPENED" };

	/** How many of the newest complaints are still being worked on, as in a large project's desk. */
	private static final int RECENT = 3_000;

	private static final String[] DEPARTMENTS = { "CUSTOMER_SERVICE", "ENGINEERING", "SECURITY", "ENVIRONMENT",
			"FINANCE" };

	private static final String[] TOPICS = { "WATER_LEAK", "ELEVATOR_FAULT", "NOISE", "PARKING", "FEES", "CLEANING" };

	private ConsoleBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path data = Files.createTempDirectory("anju-console-bench");
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, "--server.port=0",
				"--anju.data-dir=" + data, "--anju.demo-data=true", "--logging.level.root=warn",
				"--anju.sla.scheduler.enabled=false", "--anju.notification.scheduler.enabled=false");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long t0 = System.nanoTime();
			String number = fill(jdbc, count);
			System.out.printf("database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
			System.out.printf("seeded %,d complaints in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			Map<String, String> agentPages = new LinkedHashMap<>();
			for (String q : List.of("mine", "department", "triage", "due", "overdue", "escalated", "hold", "callback",
					"repeats")) {
				agentPages.put("agent    /queues/" + q, "/queues/" + q);
			}
			agentPages.put("agent    search by word", "/queues/mine?status=CLOSED&q=" + encode("漏水"));
			Map<String, String> managerPages = new LinkedHashMap<>();
			managerPages.put("manager  /queues/all", "/queues/all");
			managerPages.put("manager  /queues/escalated", "/queues/escalated");
			managerPages.put("manager  all, search by word", "/queues/all?q=" + encode("漏水"));
			managerPages.put("manager  all, search by number", "/queues/all?q=" + number);
			managerPages.put("manager  all, search by phone", "/queues/all?q=1390000123");
			managerPages.put("manager  all, sorted by number, page 200", "/queues/all?sort=number&dir=asc&page=200");
			managerPages.put("manager  all, topic + urgency + dates", "/queues/all?topic=WATER_LEAK&urgency=URGENT&from="
					+ java.time.LocalDate.now().minusDays(60) + "&to=" + java.time.LocalDate.now());
			managerPages.put("manager  all, htmx table only", "/queues/all#htmx");
			managerPages.put("manager  all, htmx, by status, page 3", "/queues/all?sort=status&page=3#htmx");
			System.out.printf("%-45s %8s %8s %8s%n", "page (" + rounds + " requests each)", "p50 ms", "p95 ms", "max ms");
			time(login(base, "agent"), base, agentPages, rounds);
			time(login(base, "manager"), base, managerPages, rounds);
		}
		finally {
			app.close();
		}
	}

	/** A client with the session of a form login (the CSRF token fetched from the login page first). */
	static HttpClient login(String base, String username) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + username + "&password=anju-demo&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + location);
		}
		return http;
	}

	private static void time(HttpClient http, String base, Map<String, String> pages, int rounds) throws Exception {
		for (Map.Entry<String, String> page : pages.entrySet()) {
			boolean htmx = page.getValue().endsWith("#htmx");
			String path = page.getValue().replace("#htmx", "");
			long[] nanos = new long[rounds];
			for (int i = -3; i < rounds; i++) {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
				if (htmx) {
					request.header("HX-Request", "true");
				}
				long t0 = System.nanoTime();
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - t0;
				if (response.statusCode() != 200 || !response.body().contains("queue-results")) {
					throw new IllegalStateException(path + ": HTTP " + response.statusCode());
				}
				if (i >= 0) {
					nanos[i] = took;
				}
			}
			Arrays.sort(nanos);
			System.out.printf("%-45s %8.1f %8.1f %8.1f%n", page.getKey(), at(nanos, 50), at(nanos, 95),
					nanos[rounds - 1] / 1e6);
		}
	}

	/** Inserts the complaints, their flags and clocks in batches; returns the number of one of them. */
	static String fill(JdbcTemplate jdbc, int count) {
		long project = jdbc.queryForObject("select id from project where code = 'AJHY'", Long.class);
		List<Long> staff = jdbc.queryForList("select s.id from staff s join staff_role r on r.staff_id = s.id"
				+ " where r.role in ('AGENT', 'STAFF') order by s.id", Long.class);
		List<String> texts = Corpus.shipped().stream().map(LabelledText::text).toList();
		long first = jdbc.queryForObject("select coalesce(max(id), 0) from complaint", Long.class) + 1_000_000;
		Instant now = Instant.now();
		List<Object[]> complaints = new ArrayList<>();
		List<Object[]> flags = new ArrayList<>();
		List<Object[]> clocks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = first + i;
			String status = i >= count - RECENT ? STATUSES[i % STATUSES.length] : i % 20 == 0 ? "CANCELLED" : "CLOSED";
			boolean open = !status.equals("CLOSED") && !status.equals("CANCELLED") && !status.equals("RESOLVED");
			Long assignee = status.equals("RECEIVED") ? null : staff.get(i % staff.size());
			Instant received = now.minus(Duration.ofMinutes(7L * (count - i)));
			String text = texts.get((i * 31) % texts.size());
			complaints.add(new Object[] { id, number(i), project, "业主" + (i % 997),
					String.format("139%08d", i % 50_000), (1 + i % 8) + "栋" + (1 + i % 3) + "单元" + (1 + i % 30) + "0" + (1 + i % 4),
					Timestamp.from(received), text.length() > 40 ? text.substring(0, 40) : text,
					text, TOPICS[i % TOPICS.length], DEPARTMENTS[i % DEPARTMENTS.length],
					i % 10 == 0 ? "URGENT" : "NORMAL", status, assignee, open && i % 50 == 0 ? 1 + i % 3 : 0 });
			if (i % 20 == 0) {
				flags.add(new Object[] { id, "REPEAT" });
			}
			if (status.equals("RECEIVED") && i % 3 == 0) {
				flags.add(new Object[] { id, "LOW_CONFIDENCE" });
			}
			Instant due = received.plus(Duration.ofHours(48));
			boolean breached = open && due.isBefore(now);
			boolean warned = open && (breached || due.minus(Duration.ofHours(12)).isBefore(now));
			clocks.add(new Object[] { id, project, open ? "OPEN" : status.equals("RESOLVED") ? "RESOLVED" : "CLOSED",
					Timestamp.from(received), Timestamp.from(due), warned, breached && i % 5 != 0 });
			if (complaints.size() == 5_000 || i == count - 1) {
				jdbc.batchUpdate("insert into complaint (id, number, project_id, complainant_name, complainant_phone,"
						+ " complainant_address, channel, received_at, recorded_at, title, content, topic, department,"
						+ " urgency, nature, status, assignee_id, escalation_level) values (?, ?, ?, ?, ?, ?, 'PHONE', ?, ?,"
						+ " ?, ?, ?, ?, ?, 'UNKNOWN', ?, ?, ?)", complaints.stream()
							.map(c -> new Object[] { c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[6], c[7], c[8], c[9],
									c[10], c[11], c[12], c[13], c[14] })
							.toList());
				jdbc.batchUpdate("insert into complaint_flag (complaint_id, flag) values (?, ?)", flags);
				jdbc.batchUpdate("insert into sla_clock (complaint_id, project_id, urgency, state, received_at,"
						+ " resolution_started_at, resolution_due, resolution_warned, resolution_breached)"
						+ " values (?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?)", clocks.stream()
							.map(c -> new Object[] { c[0], c[1], c[2], c[3], c[3], c[4], c[5], c[6] }).toList());
				complaints.clear();
				flags.clear();
				clocks.clear();
			}
		}
		jdbc.execute("analyze");
		return number(count / 2);
	}

	/** A number in Anju's format (TS, a day, a serial), unique among the seeded complaints. */
	private static String number(int i) {
		return String.format("TS2020%04d-%05d", 101 + i / 100_000, i % 100_000);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static double at(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
