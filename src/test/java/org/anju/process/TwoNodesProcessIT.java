package org.anju.process;

import static org.anju.process.ProcessTests.csrf;
import static org.anju.process.ProcessTests.form;
import static org.anju.process.ProcessTests.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes of the real jar on one PostgreSQL behind nginx (issue 13): a console session works
 * whichever node a request lands on (Spring Session JDBC); each SLA warning, breach and escalation
 * fires once although both nodes scan; each outbox message reaches its provider once; the mail
 * intake reads the mailbox on one node at a time (N mails, N complaints); a complaint registered on
 * one node is found by full-text search on the other after the index catch-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesProcessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAILS = 5;

	private PostgresCluster db;

	private Peers peers;

	private AppNode a;

	private AppNode b;

	private Nginx nginx;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeAll
	void start() throws Exception {
		ProcessTests.assumeAvailable();
		assumeTrue(Nginx.installed(), "nginx missing: " + Nginx.BINARY);
		db = PostgresCluster.start();
		peers = new Peers();
		GreenMailUser desk = peers.mail.setUser("desk@anju.test", "desk", "secret");
		Map<String, String> settings = new HashMap<>(peers.settings());
		settings.put("anju.sla.scan-interval", "PT1S");
		settings.put("anju.knowledge.search.sync-interval", "PT3S");
		settings.put("anju.intake.mail.enabled", "true");
		settings.put("anju.intake.mail.protocol", "imap");
		settings.put("anju.intake.mail.host", "127.0.0.1");
		settings.put("anju.intake.mail.port", String.valueOf(peers.mail.getImap().getPort()));
		settings.put("anju.intake.mail.username", "desk");
		settings.put("anju.intake.mail.password", "secret");
		settings.put("anju.intake.mail.poll-interval", "PT1S");
		settings.put("anju.intake.mail.project-id", "1");
		// one after the other: the first migrates the schema and creates the demo company
		a = new AppNode("node-a", db.jdbcUrl(), settings).start();
		b = new AppNode("node-b", db.jdbcUrl(), settings).start();
		nginx = Nginx.inFrontOf(List.of(a, b));
		for (int i = 1; i <= MAILS; i++) {
			desk.deliver(GreenMailUtil.createTextEmail("desk@anju.test", "neighbour" + i + "@example.org",
					"楼道堆放杂物 mail-" + i, "楼道里堆满了杂物，消防通道被堵住了。 mail-" + i, peers.mail.getImap().getServerSetup()));
		}
	}

	@AfterAll
	void stop() throws Exception {
		for (AutoCloseable c : new AutoCloseable[] { nginx, a, b, peers, db }) {
			if (c != null) {
				c.close();
			}
		}
	}

	@Test
	@Order(1)
	void aConsoleSessionWorksOnBothNodes() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> loginPage = browser.send(get(nginx.uri("/login")), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> signedIn = browser.send(form(nginx.uri("/login"), Map.of("username", "agent", "password",
				"anju-demo", "_csrf", csrf(loginPage.body()))), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		Set<String> nodes = new HashSet<>();
		nodes.add(node(loginPage));
		nodes.add(node(signedIn));
		String page = null;
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> home = browser.send(get(nginx.uri("/queues/mine")), HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).as("request %d on %s", i, node(home)).isEqualTo(200);
			assertThat(home.body()).contains("王晓燕");
			nodes.add(node(home));
			page = home.body();
		}
		assertThat(nodes).as("requests served by").containsExactlyInAnyOrder("node-a", "node-b");

		// the CSRF token lives in the session too: signing out works from whichever node
		HttpResponse<String> out = browser.send(form(nginx.uri("/logout"), Map.of("_csrf", csrf(page))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(out.statusCode()).isEqualTo(302);
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> after = browser.send(get(nginx.uri("/queues/mine")), HttpResponse.BodyHandlers.ofString());
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
		}
	}

	@Test
	@Order(2)
	void eachSlaWarningBreachAndEscalationFiresOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ids.add(register(nginx.uri("/api/v1/complaints"), 10 + i, "小区东门的道闸坏了，车辆进出要排很久 sla-" + i).get("id").asLong());
		}
		try (Connection jdbc = db.connect()) {
			// deadlines just passed: the next scan (on either node) warns, finds the breach and escalates
			try (PreparedStatement due = jdbc.prepareStatement("update sla_clock set first_contact_warn_at = now() - interval '1 second', "
					+ "first_contact_breach_at = now() - interval '1 second', version = version + 1 where complaint_id = ?")) {
				for (long id : ids) {
					due.setLong(1, id);
					assertThat(due.executeUpdate()).isOne();
				}
			}
			ProcessTests.await(Duration.ofSeconds(30), () -> count(jdbc, "select count(*) from sla_clock where first_contact_breached "
					+ "and complaint_id in (" + join(ids) + ")") == ids.size());
			// the next escalation step falls due too
			try (PreparedStatement due = jdbc.prepareStatement("update sla_clock set next_escalation_at = now() - interval '1 second', "
					+ "version = version + 1 where complaint_id = ?")) {
				for (long id : ids) {
					due.setLong(1, id);
					assertThat(due.executeUpdate()).isOne();
				}
			}
			ProcessTests.await(Duration.ofSeconds(30), () -> count(jdbc, "select count(*) from sla_clock where escalation_level = 2 "
					+ "and complaint_id in (" + join(ids) + ")") == ids.size());
			Thread.sleep(3000); // a few more scans on both nodes: nothing fires again
			for (long id : ids) {
				String timeline = timeline(jdbc, id);
				assertThat(entries(jdbc, id, "%(warning: FIRST_CONTACT due soon)%")).as("warnings in %s", timeline).isOne();
				assertThat(entries(jdbc, id, "%(breached: FIRST_CONTACT)%")).as("breach notes in %s", timeline).isOne();
				// level 1 comes with the breach, or earlier when intake saw a repeat: once either way
				assertThat(entries(jdbc, id, "L1: %")).as("level-1 escalations in %s", timeline).isOne();
				assertThat(entries(jdbc, id, "L2: %(level 2: project manager)")).as("level-2 escalations in %s", timeline).isOne();
				assertThat(count(jdbc, "select escalation_level from complaint where id = " + id)).isEqualTo(2);
			}
		}
	}

	@Test
	@Order(3)
	void theMailboxIsReadOnOneNodeAtATime() throws Exception {
		try (Connection jdbc = db.connect()) {
			ProcessTests.await(Duration.ofSeconds(40), () -> count(jdbc,
					"select count(*) from complaint where channel = 'EMAIL' and content like '%mail-%'") >= MAILS);
			Thread.sleep(3000); // more polls on both nodes: no mail becomes a second complaint
			for (int i = 1; i <= MAILS; i++) {
				assertThat(count(jdbc, "select count(*) from complaint where content like '%mail-" + i + "%'"))
					.as("complaints from mail %d", i).isOne();
			}
		}
	}

	@Test
	@Order(4)
	void aComplaintRegisteredOnOneNodeIsFoundOnTheOther() throws Exception {
		String word = "紫藤花架";
		JsonNode complaint = register(a.uri("/api/v1/complaints"), 42, "中心花园的" + word + "倒塌了，压坏了两张长椅");
		String number = complaint.get("number").asString();
		assertThat(search(a, word)).as("found on node A at once").contains(number);
		ProcessTests.await(Duration.ofSeconds(20), () -> search(b, word).contains(number));
	}

	@Test
	@Order(5)
	void eachOutboxMessageIsSentOnce() throws Exception {
		try (Connection jdbc = db.connect()) {
			IntakeCrashProcessIT.awaitOutboxDrained(jdbc, Duration.ofSeconds(30));
			IntakeCrashProcessIT.assertEachMessageOnce(jdbc, peers);
		}
	}

	private JsonNode register(URI uri, int residentId, String content) throws Exception {
		HttpRequest request = ProcessTests.registration(uri, JSON.writeValueAsString(Map.of("residentId", residentId,
				"channel", "PHONE", "content", content))).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private String search(AppNode node, String q) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(node.uri("/api/v1/knowledge/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
			.header("Authorization", ProcessTests.AGENT).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String node(HttpResponse<?> response) {
		return response.headers().firstValue("X-Anju-Node").orElse("none");
	}

	private static long entries(Connection jdbc, long complaintId, String like) throws Exception {
		try (PreparedStatement q = jdbc.prepareStatement(
				"select count(*) from complaint_timeline where complaint_id = ? and message like ?")) {
			q.setLong(1, complaintId);
			q.setString(2, like);
			try (ResultSet row = q.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	private static String timeline(Connection jdbc, long complaintId) throws Exception {
		StringBuilder text = new StringBuilder();
		try (PreparedStatement q = jdbc.prepareStatement(
				"select type, message from complaint_timeline where complaint_id = ? order by id")) {
			q.setLong(1, complaintId);
			try (ResultSet row = q.executeQuery()) {
				while (row.next()) {
					text.append("\n  ").append(row.getString(1)).append(' ').append(row.getString(2));
				}
			}
		}
		return text.toString();
	}

	private static long count(Connection jdbc, String sql) throws Exception {
		try (PreparedStatement q = jdbc.prepareStatement(sql); ResultSet row = q.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	private static String join(List<Long> ids) {
		return ids.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse("");
	}

}
