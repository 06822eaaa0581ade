package org.anju.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.anju.complaint.Complaints;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.anju.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines on the Chinese working-day calendar, with a clock the test moves: due times across
 * holidays and 调休 days, business hours, holds, reopening, warnings and the escalation ladder,
 * each fired exactly once — also by two scanners at the same time.
 */
@TestPropertySource(properties = "anju.triage.auto-assign=false")
class DeadlinesIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final MutableClock CLOCK = new MutableClock(at("2026-04-07T09:00"), SHANGHAI);

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		java.time.Clock movableClock() {
			return CLOCK;
		}

	}

	@Autowired
	DeadlineScanner scanner;

	@Autowired
	DeadlinesRepository deadlines;

	@Autowired
	Clocks clocks;

	@Autowired
	Complaints complaints;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${anju.sla.escalation.level-2-after}")
	Duration levelTwoAfter;

	ProjectFixture p;

	static Instant at(String shanghaiTime) {
		return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
	}

	@BeforeEach
	void project() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		scanner.scan(); // whatever earlier tests left due
		p = fixtures.project();
	}

	/** Registers a complaint received now (by the test's clock) with a chosen urgency. */
	JsonNode complaint(String urgency) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "楼道灯坏了", "topic", "LIGHTING", "urgency", urgency, "receivedAt", CLOCK.instant().toString()))
			.expect(201);
	}

	JsonNode clocksOf(JsonNode complaint) throws Exception {
		return get("/api/v1/complaints/" + complaint.get("id").asLong() + "/deadlines", p.agent()).expect(200);
	}

	List<String> timeline(JsonNode complaint, String type) throws Exception {
		List<String> messages = new ArrayList<>();
		get("/api/v1/complaints/" + complaint.get("id").asLong() + "/timeline", p.agent()).expect(200)
			.forEach(e -> {
				if (e.get("type").asString().equals(type)) {
					messages.add(e.get("message").asString());
				}
			});
		return messages;
	}

	static Instant instant(JsonNode node) {
		return Instant.parse(node.asString());
	}

	@Test
	void anOralComplaintOnFridayEveningBeforeQingmingIsAnsweredOnTheNextWorkingDay() throws Exception {
		CLOCK.set(at("2026-04-03T17:00")); // Friday; 4–6 April is the Qingming holiday
		JsonNode c = complaint("NORMAL");
		assertThat(instant(clocksOf(c).get("firstContactDue"))).isEqualTo(at("2026-04-07T17:00"));
		assertThat(instant(clocksOf(c).get("resolutionDue"))).isEqualTo(at("2026-04-05T17:00")); // 48 calendar hours
	}

	@Test
	void aMakeUpSaturdayCountsAsAWorkingDay() throws Exception {
		CLOCK.set(at("2026-02-13T17:00")); // Friday; Saturday 14 February is a 调休 working day
		assertThat(instant(clocksOf(complaint("NORMAL")).get("firstContactDue"))).isEqualTo(at("2026-02-14T17:00"));
	}

	@Test
	void workingTimeStartsWithBusinessHours() throws Exception {
		CLOCK.set(at("2026-04-07T20:00")); // Tuesday evening, after 18:00
		assertThat(instant(clocksOf(complaint("NORMAL")).get("firstContactDue"))).isEqualTo(at("2026-04-09T08:30"));
		put("/api/v1/projects/" + p.projectId() + "/business-hours", p.manager(),
				Map.of("opens", "07:00", "closes", "21:00")).expect(200);
		CLOCK.set(at("2026-04-07T20:00"));
		assertThat(instant(clocksOf(complaint("NORMAL")).get("firstContactDue"))).isEqualTo(at("2026-04-08T20:00"));
		put("/api/v1/projects/" + p.projectId() + "/business-hours", p.manager(),
				Map.of("opens", "18:00", "closes", "07:00")).expect(400);
	}

	@Test
	void holdPausesTheResolutionClockAndReopeningStartsANewOne() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		JsonNode c = complaint("URGENT"); // resolution within 24 hours
		String id = "/api/v1/complaints/" + c.get("id").asLong();
		long staff = fixtures.staffId(p.staff());
		post(id + "/assign", p.agent(), Map.of("assigneeId", staff)).expect(200);
		post(id + "/start", p.staff(), null).expect(200);
		CLOCK.set(at("2026-04-07T11:00"));
		post(id + "/hold", p.staff(), Map.of("reason", "等待配件", "expectedDate", "2026-04-08")).expect(200);
		CLOCK.set(at("2026-04-07T19:00"));
		assertThat(clocksOf(c).get("onHold").asBoolean()).isTrue();
		post(id + "/resume", p.staff(), null).expect(200);
		JsonNode resumed = clocksOf(c);
		assertThat(instant(resumed.get("resolutionDue"))).isEqualTo(at("2026-04-08T17:00")); // 09:00 + 24 h + 8 h held
		assertThat(resumed.get("heldMinutes").asLong()).isEqualTo(480);

		post(id + "/resolve", p.staff(), Map.of("summary", "已修好")).expect(200);
		assertThat(instant(clocksOf(c).get("callbackDue"))).isEqualTo(at("2026-04-10T19:00")); // 3 days
		CLOCK.set(at("2026-04-09T10:00"));
		post(id + "/reopen", p.agent(), Map.of("reason", "又坏了")).expect(200);
		assertThat(instant(clocksOf(c).get("resolutionDue"))).isEqualTo(at("2026-04-10T10:00"));
		assertThat(clocksOf(c).get("state").asString()).isEqualTo("OPEN");
	}

	@Test
	void warnsAtThreeQuartersAndEscalatesEachLevelExactlyOnce() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		JsonNode c = complaint("NORMAL"); // resolution within 48 hours; first contact within 1 working day
		post("/api/v1/complaints/" + c.get("id").asLong() + "/contacts", p.agent(),
				Map.of("method", "PHONE", "summary", "已致电业主")).expect(201);

		CLOCK.set(at("2026-04-08T20:59"));
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).noneMatch(m -> m.contains("处理时限"));
		CLOCK.set(at("2026-04-08T21:00")); // 36 of 48 hours
		scanner.scan();
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.contains("即将到期")).hasSize(1);
		JsonNode queue = get("/api/v1/sla/queues/about-to-breach?projectId=" + p.projectId(), p.supervisor()).expect(200);
		assertThat(queue.findValuesAsString("complaintId")).containsExactly(c.get("id").asString());

		CLOCK.set(at("2026-04-09T09:00")); // due
		scanner.scan();
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.contains("已超时")).hasSize(1);
		assertThat(timeline(c, "ESCALATED")).hasSize(1).allMatch(m -> m.startsWith("L1"));
		CLOCK.advance(levelTwoAfter);
		scanner.scan();
		scanner.scan();
		CLOCK.advance(Duration.ofHours(24));
		scanner.scan();
		CLOCK.advance(Duration.ofDays(10));
		scanner.scan();
		assertThat(timeline(c, "ESCALATED")).hasSize(3);
		assertThat(get("/api/v1/complaints/" + c.get("id").asLong(), p.agent()).expect(200).get("escalationLevel").asInt())
			.isEqualTo(3);
		assertThat(timeline(c, "DEADLINE")).noneMatch(m -> m.contains("首次联系")); // the owner was reached in time
		assertThat(get("/api/v1/sla/queues/overdue?projectId=" + p.projectId(), p.supervisor()).expect(200)
			.findValuesAsString("complaintId")).containsExactly(c.get("id").asString());
	}

	@Test
	void anUnansweredOwnerBreaksTheFirstContactClock() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		JsonNode c = complaint("EMERGENCY"); // first contact within 10 minutes
		CLOCK.set(at("2026-04-07T09:08"));
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.startsWith("首次联系即将到期")).hasSize(1);
		CLOCK.set(at("2026-04-07T09:10"));
		scanner.scan();
		assertThat(clocksOf(c).get("firstContactBreached").asBoolean()).isTrue();
		assertThat(timeline(c, "ESCALATED")).hasSize(1);
	}

	@Test
	void theOwnerHearsFromUsAtTheUpdateIntervalAndTheCallbackIsWatched() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		JsonNode c = complaint("URGENT"); // progress update every 4 hours, callback within 3 days
		String id = "/api/v1/complaints/" + c.get("id").asLong();
		post(id + "/contacts", p.agent(), Map.of("method", "PHONE", "summary", "已联系")).expect(201);
		CLOCK.set(at("2026-04-07T12:59"));
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).noneMatch(m -> m.contains("progress update due"));
		CLOCK.set(at("2026-04-07T13:00"));
		scanner.scan();
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.contains("progress update due")).hasSize(1);
		CLOCK.set(at("2026-04-07T17:00"));
		scanner.scan();
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.contains("progress update due")).hasSize(2);

		post(id + "/assign", p.agent(), Map.of("assigneeId", fixtures.staffId(p.staff()))).expect(200);
		post(id + "/start", p.staff(), null).expect(200);
		post(id + "/resolve", p.staff(), Map.of("summary", "已修好")).expect(200);
		CLOCK.set(at("2026-04-10T17:00"));
		scanner.scan();
		assertThat(clocksOf(c).get("state").asString()).isEqualTo("RESOLVED");
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.startsWith("回访已超时")).hasSize(1);
		assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.contains("progress update due")).hasSize(2);
	}

	@Test
	void twoScannersAtOnceFireEachBreachOnce() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		List<JsonNode> all = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			all.add(complaint("EMERGENCY"));
		}
		CLOCK.set(at("2026-04-07T14:00")); // every first-contact and resolution clock has run out
		DeadlineScanner second = new DeadlineScanner(deadlines, clocks, complaints, events, transactions, CLOCK,
				Duration.ofHours(4), Duration.ofHours(24));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Object>> both = List.of(() -> scanner.scan(), () -> second.scan());
			pool.invokeAll(both);
			pool.invokeAll(both);
		}
		finally {
			pool.shutdownNow();
		}
		for (JsonNode c : all) {
			assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.startsWith("处理时限已超时")).hasSize(1);
			assertThat(timeline(c, "DEADLINE")).filteredOn(m -> m.startsWith("首次联系已超时")).hasSize(1);
			assertThat(timeline(c, "ESCALATED")).hasSize(1);
		}
	}

	@Test
	void anApprovedComplexCaseGetsFiveWorkingDays() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		JsonNode c = complaint("NORMAL");
		String id = "/api/v1/complaints/" + c.get("id").asLong();
		post(id + "/assign", p.agent(), Map.of("assigneeId", fixtures.staffId(p.staff()))).expect(200);
		post(id + "/complex/approve", p.supervisor(), null).expect(409);
		post(id + "/complex", p.staff(), Map.of("reason", "需要协调供水公司")).expect(200);
		post(id + "/complex/approve", p.staff(), null).expect(403);
		JsonNode approved = post(id + "/complex/approve", p.supervisor(), null).expect(200);
		assertThat(approved.get("complexStatus").asString()).isEqualTo("APPROVED");
		assertThat(instant(clocksOf(c).get("resolutionDue"))).isEqualTo(at("2026-04-14T09:00"));
		assertThat(timeline(c, "COMPLEXITY")).hasSize(2);
	}

	@Test
	void anAdministratorAddsNextYearsCalendarAndBadFilesAreRefusedWithTheLine() throws Exception {
		String good = "from\tto\tkind\tname\n2027-01-01\t2027-01-01\tHOLIDAY\t元旦 New Year\n";
		postText("/api/v1/sla/calendar", p.manager(), good).expect(403);
		JsonNode added = callText(good).expect(200);
		assertThat(added.get(0).get("date").asString()).isEqualTo("2027-01-01");
		assertThat(get("/api/v1/sla/calendar?year=2027", p.agent()).expect(200).size()).isEqualTo(1);
		JsonNode bad = callText("from\tto\tkind\tname\n2027-02-30\t2027-02-30\tHOLIDAY\tx\n").expect(400);
		assertThat(bad.get("errors").get(0).get("line").asInt()).isEqualTo(2);
		JsonNode overlap = callText("2027-05-01\t2027-05-03\tHOLIDAY\ta\n2027-05-03\t2027-05-03\tWORKDAY\tb\n").expect(400);
		assertThat(overlap.get("errors").get(0).get("line").asInt()).isEqualTo(2);
		assertThat(get("/api/v1/sla/calendar?year=2027", p.agent()).expect(200).size()).isEqualTo(1);
	}

	@Test
	void policiesMustBePositiveAndProjectsMayOverrideThem() throws Exception {
		Map<String, Object> zero = Map.of("projectId", p.projectId(), "scope", "URGENCY:NORMAL", "clock", "RESOLUTION",
				"amount", 0, "unit", "HOURS");
		put("/api/v1/sla/policies", p.manager(), zero).expect(400);
		Map<String, Object> own = Map.of("projectId", p.projectId(), "scope", "TOPIC:LIGHTING", "clock", "RESOLUTION",
				"amount", 1, "unit", "WORKING_DAYS");
		put("/api/v1/sla/policies", p.agent(), own).expect(403);
		put("/api/v1/sla/policies", p.manager(), own).expect(200);
		CLOCK.set(at("2026-04-07T09:00"));
		assertThat(instant(clocksOf(complaint("NORMAL")).get("resolutionDue"))).isEqualTo(at("2026-04-08T09:00"));
		put("/api/v1/sla/policies", p.manager(), Map.of("scope", "URGENCY:NORMAL", "clock", "RESOLUTION", "amount", 1,
				"unit", "HOURS")).expect(403);
	}

	@Test
	void measuresCountOverdueAndOnTimeWork() throws Exception {
		CLOCK.set(at("2026-04-07T09:00"));
		JsonNode late = complaint("EMERGENCY");
		JsonNode fine = complaint("NORMAL");
		post("/api/v1/complaints/" + fine.get("id").asLong() + "/contacts", p.agent(),
				Map.of("method", "PHONE", "summary", "已回复")).expect(201);
		CLOCK.set(at("2026-04-07T15:00"));
		scanner.scan();
		JsonNode measures = get("/api/v1/sla/measures?projectId=" + p.projectId() + "&from=2026-04-07&to=2026-04-07",
				p.manager()).expect(200);
		assertThat(measures.get(0).get("complaints").asLong()).isEqualTo(2);
		assertThat(measures.get(0).get("overdueRate").asDouble()).isEqualTo(0.5);
		assertThat(measures.get(0).get("firstContactOnTime").asDouble()).isEqualTo(0.5);
		assertThat(late.get("id")).isNotNull();
		JsonNode byTopic = get("/api/v1/sla/measures?projectId=" + p.projectId()
				+ "&from=2026-04-07&to=2026-04-07&groupBy=TOPIC", p.manager()).expect(200);
		assertThat(byTopic.findValuesAsString("group")).containsExactly("LIGHTING");
	}

	Response callText(String body) throws Exception {
		return postText("/api/v1/sla/calendar", ADMIN, body);
	}

}
