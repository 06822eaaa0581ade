package org.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kill -9 during a burst of intake (issue 13): four clients register complaints over the HTTP API
 * while the real jar is killed without warning; after a restart on the same PostgreSQL every
 * complaint that was acknowledged with 201 is there as acknowledged (classification and
 * assignment), and every owner message reached its provider at most once — and, once the node
 * has caught up, each sendable message exactly once. The same for the integrations' deferred
 * intake, whose 202 comes before registration.
 */
class IntakeCrashProcessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] TEXTS = { "3栋2单元电梯又坏了，停在5楼不动", "楼上每天晚上十二点还在装修，噪音太大", "小区门口垃圾两天没人清理，臭味很重",
			"地下车库的灯坏了好几盏，晚上很黑", "卫生间天花板漏水，应该是楼上的管道问题", "物业费账单金额不对，多收了两个月" };

	private static final String[] CHANNELS = { "PHONE", "EMAIL", "WEB", "WALK_IN" };

	@BeforeAll
	static void available() {
		ProcessTests.assumeAvailable();
	}

	@Test
	void everyAcknowledgedComplaintSurvivesAndNoMessageGoesTwice() throws Exception {
		Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
		try (PostgresCluster db = PostgresCluster.start(); Peers peers = new Peers();
				AppNode node = new AppNode("intake-crash", db.jdbcUrl(), peers.settings())) {
			node.start();
			burstThenKill(node, acknowledged::size, body -> ProcessTests.registration(node.uri("/api/v1/complaints"), body),
					response -> {
						if (response.statusCode() == 201) {
							JsonNode complaint = JSON.readTree(response.body());
							acknowledged.put(complaint.get("number").asString(), complaint);
						}
					});
			node.start();

			System.out.printf("IntakeCrashProcessIT: %d complaints acknowledged before the kill%n", acknowledged.size());
			try (Connection jdbc = db.connect()) {
				for (JsonNode ack : acknowledged.values()) {
					assertStored(jdbc, ack);
				}
				awaitOutboxDrained(jdbc, Duration.ofSeconds(60));
				assertEachMessageOnce(jdbc, peers);
			}
		}
	}

	/**
	 * The same through the integrations' deferred intake: every complaint answered 202 before the
	 * kill — most of them still waiting for the background then — is registered once after the
	 * restart, and no owner message goes twice.
	 */
	@Test
	void everyAcceptedComplaintIsRegisteredOnceAfterTheRestart() throws Exception {
		Set<Long> accepted = ConcurrentHashMap.newKeySet();
		try (PostgresCluster db = PostgresCluster.start(); Peers peers = new Peers();
				AppNode node = new AppNode("deferred-crash", db.jdbcUrl(), peers.settings())) {
			node.start();
			String token = "Bearer " + apiToken(node);
			burstThenKill(node, accepted::size, body -> HttpRequest.newBuilder(node.uri("/api/v1/intake/complaints"))
				.header("Authorization", token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)), response -> {
					if (response.statusCode() == 202) {
						accepted.add(JSON.readTree(response.body()).get("id").asLong());
					}
				});
			node.start();

			System.out.printf("IntakeCrashProcessIT: %d complaints accepted before the kill%n", accepted.size());
			try (Connection jdbc = db.connect()) {
				ProcessTests.await(Duration.ofSeconds(120), () -> count(jdbc,
						"select count(*) from intake_message where submitted_by is not null and status = 'RECEIVED'") == 0);
				for (long id : accepted) {
					try (PreparedStatement q = jdbc.prepareStatement("select m.status, c.id from intake_message m"
							+ " left join complaint c on c.id = m.complaint_id where m.id = ?")) {
						q.setLong(1, id);
						try (ResultSet row = q.executeQuery()) {
							assertThat(row.next()).as("accepted message %d is kept", id).isTrue();
							assertThat(row.getString(1)).as("message %d", id).isIn("ACCEPTED", "MERGED");
							assertThat(row.getObject(2)).as("the complaint of message %d", id).isNotNull();
						}
					}
				}
				assertThat(count(jdbc, "select count(*) from (select content from complaint where content like '%（第%次）'"
						+ " group by content having count(*) > 1) twice")).as("complaints registered twice").isZero();
				awaitOutboxDrained(jdbc, Duration.ofSeconds(60));
				assertEachMessageOnce(jdbc, peers);
			}
		}
	}

	/**
	 * Four clients send complaints until the node, killed once {@code acknowledged} counts 40 (or
	 * after 30 s), stops answering; each answer goes to {@code ack}.
	 */
	private static void burstThenKill(AppNode node, IntSupplier acknowledged, Function<String, HttpRequest.Builder> request,
			Ack ack) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(4);
		for (int c = 0; c < 4; c++) {
			int client = c;
			clients.submit(() -> burst(client, running, request, ack));
		}
		// let the burst get going, then pull the plug in the middle of it
		Instant until = Instant.now().plusSeconds(30);
		while (acknowledged.getAsInt() < 40 && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		node.kill();
		Thread.sleep(500);
		running.set(false);
		clients.shutdown();
		assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(acknowledged.getAsInt()).isGreaterThanOrEqualTo(20);
	}

	/** One client: sends complaints until stopped. */
	private static void burst(int client, AtomicBoolean running, Function<String, HttpRequest.Builder> request, Ack ack) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (int i = client; running.get(); i += 4) {
			try {
				String body = JSON.writeValueAsString(Map.of("residentId", 1 + (i * 37) % 400, "channel",
						CHANNELS[i % CHANNELS.length], "content", TEXTS[i % TEXTS.length] + "（第" + i + "次）"));
				ack.accept(http.send(request.apply(body).timeout(Duration.ofSeconds(20)).build(),
						HttpResponse.BodyHandlers.ofString()));
			}
			catch (Exception killed) {
				// the node is gone: nothing was acknowledged for this request
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	/** A staff API token for the demo agent. */
	private static String apiToken(AppNode node) throws Exception {
		HttpResponse<String> made = HttpClient.newHttpClient().send(
				ProcessTests.registration(node.uri("/api/v1/staff/me/tokens"), "{\"name\":\"crash test\"}").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return JSON.readTree(made.body()).get("token").asString();
	}

	private static long count(Connection jdbc, String sql) throws Exception {
		try (PreparedStatement q = jdbc.prepareStatement(sql); ResultSet row = q.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	/** What a client does with an answer. */
	interface Ack {

		void accept(HttpResponse<String> response) throws Exception;

	}

	/** The complaint is in the database with what the 201 told the client about it. */
	private static void assertStored(Connection jdbc, JsonNode ack) throws Exception {
		try (PreparedStatement q = jdbc.prepareStatement(
				"select id, topic, department, urgency, assignee_id, status from complaint where number = ?")) {
			q.setString(1, ack.get("number").asString());
			try (ResultSet row = q.executeQuery()) {
				assertThat(row.next()).as("acknowledged complaint %s is stored", ack.get("number")).isTrue();
				assertThat(row.getLong("id")).isEqualTo(ack.get("id").asLong());
				assertThat(row.getString("topic")).isEqualTo(text(ack, "topic"));
				assertThat(row.getString("department")).isEqualTo(text(ack, "department"));
				assertThat(row.getString("urgency")).isEqualTo(text(ack, "urgency"));
				Long assignee = row.getObject("assignee_id") == null ? null : row.getLong("assignee_id");
				assertThat(assignee).as("assignee of %s", ack.get("number"))
					.isEqualTo(ack.hasNonNull("assigneeId") ? ack.get("assigneeId").asLong() : null);
			}
		}
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}

	/**
	 * Waits until no SMS or e-mail is queued and due, nor claimed for sending (SENDING: the claim a
	 * dispatcher killed mid-send left behind turns UNCERTAIN once older than the job's lock).
	 */
	static void awaitOutboxDrained(Connection jdbc, Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (true) {
			try (PreparedStatement q = jdbc.prepareStatement("select count(*) from notification_message "
					+ "where channel in ('SMS', 'EMAIL') and (status = 'QUEUED' and next_attempt_at <= now() or status = 'SENDING')");
					ResultSet row = q.executeQuery()) {
				row.next();
				if (row.getLong(1) == 0) {
					return;
				}
				assertThat(Instant.now()).as("%d messages still queued", row.getLong(1)).isBefore(until);
			}
			Thread.sleep(500);
		}
	}

	/**
	 * Nothing reached a provider twice; every message recorded as sent reached it exactly once. A
	 * message whose send was cut off by the kill (UNCERTAIN: claimed, outcome unknown) reached it
	 * at most once and is not sent again.
	 */
	static void assertEachMessageOnce(Connection jdbc, Peers peers) throws Exception {
		// a message sent by the killed node whose "sent" was never committed goes again after the restart:
		// the dispatcher must claim a message (committed) before it calls the provider
		assertThat(peers.smsByKey()).as("SMS per idempotency key at the gateway").allSatisfy((key, n) -> assertThat(n).isOne());
		assertThat(peers.mailByMessageId()).as("e-mails per Message-ID at the SMTP server")
			.allSatisfy((id, n) -> assertThat(n).isOne());
		Map<String, Integer> sms = peers.smsByKey();
		System.out.printf("at the peers: %d SMS, %d e-mails%n", sms.size(), peers.mailByMessageId().size());
		List<String> sent = new ArrayList<>();
		int uncertain = 0;
		try (PreparedStatement q = jdbc.prepareStatement(
				"select idempotency_key, channel, status from notification_message where channel in ('SMS', 'EMAIL')");
				ResultSet row = q.executeQuery()) {
			while (row.next()) {
				String key = row.getString(1);
				int arrived = "SMS".equals(row.getString(2)) ? sms.getOrDefault(key, 0) : peers.mailsFor(key);
				if ("UNCERTAIN".equals(row.getString(3))) {
					System.out.printf("uncertain after the kill: %s %s, arrived %d time(s)%n", row.getString(2), key, arrived);
					assertThat(arrived).as("%s %s arrived", row.getString(2), key).isLessThanOrEqualTo(1);
					uncertain += arrived;
					continue;
				}
				assertThat(row.getString(3)).as("status of %s", key).isIn("SENT", "DELIVERED");
				assertThat(arrived).as("%s %s arrived", row.getString(2), key).isOne();
				sent.add(key);
			}
		}
		assertThat(sent).as("owner messages sent").isNotEmpty();
		assertThat(sms.size() + peers.mailByMessageId().size()).as("everything that arrived is an outbox message")
			.isEqualTo(sent.size() + uncertain);
	}

}
