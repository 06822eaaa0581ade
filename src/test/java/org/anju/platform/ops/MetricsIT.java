package org.anju.platform.ops;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;


/**
 * Health and readiness open to anyone (details for administrators only); Prometheus metrics for an
 * administrator or the scrape token; the custom meters follow what happens in the database.
 */
class MetricsIT extends ApiTest {

	static final String TOKEN = "test-metrics-token";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void healthAndProbesAreOpenButTheDetailsAreNot() throws Exception {
		JsonNode health = json(actuator("/actuator/health"), 200);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.has("components")).isFalse();
		assertThat(json(actuator("/actuator/health/liveness"), 200).get("status").asString()).isEqualTo("UP");
		assertThat(json(actuator("/actuator/health/readiness"), 200).get("status").asString()).isEqualTo("UP");

		JsonNode detailed = json(actuator("/actuator/health").with(httpBasic(ADMIN, "test-admin-pw")), 200);
		assertThat(detailed.at("/components/db/status").asString()).isEqualTo("UP");
		JsonNode readiness = json(actuator("/actuator/health/readiness").with(httpBasic(ADMIN, "test-admin-pw")), 200);
		assertThat(readiness.at("/components/db/status").asString()).as("readiness includes the database")
			.isEqualTo("UP");
	}

	@Test
	void prometheusIsForAnAdministratorOrTheScrapeToken() throws Exception {
		ProjectFixture p = fixtures.project();
		assertThat(scrape(actuator("/actuator/prometheus")).getResponse().getStatus()).isEqualTo(401);
		assertThat(scrape(actuator("/actuator/prometheus").header("Authorization", "Bearer wrong-token")).getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(scrape(actuator("/actuator/prometheus").with(httpBasic(p.manager(), PASSWORD))).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(scrape(actuator("/actuator/prometheus").with(httpBasic(ADMIN, "test-admin-pw"))).getResponse()
			.getStatus()).isEqualTo(200);
		MvcResult scraped = scrape(actuator("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN));
		assertThat(scraped.getResponse().getStatus()).isEqualTo(200);
		assertThat(scraped.getResponse().getContentAsString()).contains("anju_complaints_received_total");
		// the token opens the metrics only, not the rest of the actuator
		assertThat(scrape(actuator("/actuator/info").header("Authorization", "Bearer " + TOKEN)).getResponse()
			.getStatus()).isEqualTo(401);
	}

	@Test
	void theMetersFollowTheDatabase() throws Exception {
		ProjectFixture p = fixtures.project();
		scanDeadlines(); // whatever earlier tests left due
		Map<String, Double> before = metrics();

		// received 30 days ago: both of its deadlines have passed when the scan runs
		post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "电梯停在三楼不动了", "topic", "ELEVATOR_FAULT", "urgency", "NORMAL",
				"receivedAt", Instant.now().minus(Duration.ofDays(30)).toString())).expect(201);
		scanDeadlines();
		Map<String, Double> after = metrics();

		assertThat(after.get("anju_complaints_received_total{channel=\"PHONE\"}")
				- before.get("anju_complaints_received_total{channel=\"PHONE\"}")).isEqualTo(1.0);
		assertThat(after.get("anju_complaints_received_total{channel=\"WECHAT\"}"))
			.isEqualTo(before.get("anju_complaints_received_total{channel=\"WECHAT\"}"));
		double openBefore = 0;
		double openAfter = 0;
		for (String status : new String[] { "RECEIVED", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "REOPENED" }) {
			String key = "anju_complaints_open{status=\"" + status + "\"}";
			assertThat(after.get(key)).as(key).isEqualTo(count("select count(*) from complaint where status = ?", status));
			openBefore += before.get(key);
			openAfter += after.get(key);
		}
		assertThat(openAfter - openBefore).isEqualTo(1.0);
		assertThat(after.get("anju_complaints_overdue") - before.get("anju_complaints_overdue")).isEqualTo(1.0);
		assertThat(after.get("anju_complaints_overdue")).isEqualTo(count(
				"select count(*) from sla_clock where state = 'OPEN' and (resolution_breached or first_contact_breached)"));
		assertThat(after.get("anju_outbox_messages{status=\"QUEUED\"}")).as("the acknowledgement waits in the outbox")
			.isGreaterThan(before.get("anju_outbox_messages{status=\"QUEUED\"}"))
			.isEqualTo(count("select count(*) from notification_message where status = ?", "QUEUED"));
		assertThat(after.get("anju_outbox_messages{status=\"FAILED\"}"))
			.isEqualTo(count("select count(*) from notification_message where status = ?", "FAILED"));
		assertThat(after.get("anju_inbound_quarantined"))
			.isEqualTo(count("select count(*) from intake_message where status = ?", "QUARANTINED"));
	}

	double count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args).doubleValue();
	}

	/** The deadline scan (package-private in sla; the test's scheduler is off). */
	void scanDeadlines() throws Exception {
		Class<?> type = Class.forName("org.anju.sla.DeadlineScanner");
		Method scan = type.getDeclaredMethod("scan");
		scan.setAccessible(true);
		scan.invoke(context.getBean(type));
	}

	/** The anju_* samples of a scrape, by name and labels as Prometheus prints them. */
	Map<String, Double> metrics() throws Exception {
		MvcResult result = scrape(actuator("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Map<String, Double> samples = new HashMap<>();
		for (String line : result.getResponse().getContentAsString().split("\n")) {
			if (line.startsWith("anju_")) {
				int space = line.lastIndexOf(' ');
				samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
			}
		}
		return samples;
	}

	static MockHttpServletRequestBuilder actuator(String path) {
		return MockMvcRequestBuilders.get(path);
	}

	MvcResult scrape(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.accept(MediaType.TEXT_PLAIN)).andReturn();
	}

	JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return ApiTest.json.readTree(result.getResponse().getContentAsString());
	}

}
