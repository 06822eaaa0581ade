package org.anju.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anju.feedback.Ratings;
import org.anju.platform.security.Owner;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The report figures on a data set the test makes itself in a fresh project: every figure is
 * computed again here, with plain Java over the complaints as the API returns them (and their
 * deadlines), and compared with the report.
 */
class MonthlyReportIT extends ApiTest {

	private static final double EPSILON = 1e-6;

	@Autowired
	Clock clock;

	@Autowired
	Ratings ratings;

	@Autowired
	Actions actions;

	ProjectFixture p;

	/** What the test made: the complaint as read back, its deadlines, and the class it expects. */
	record Made(JsonNode c, JsonNode deadlines, String expectedClass) {

		String s(String field) {
			JsonNode v = c.get(field);
			return v == null || v.isNull() ? null : v.asString();
		}

		Instant at(String field) {
			String v = s(field);
			return v == null ? null : Instant.parse(v);
		}

		String building() {
			return c.get("complainant").get("buildingId").asString();
		}

		boolean resolved() {
			return Set.of("RESOLVED", "CLOSED").contains(s("status"));
		}

		boolean open() {
			return Set.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "REOPENED").contains(s("status"));
		}

		boolean overdueNow(Instant now) {
			Instant due = absent(deadlines, "resolutionDue") ? null
					: Instant.parse(deadlines.get("resolutionDue").asString());
			return deadlines.get("resolutionBreached").asBoolean() || (open() && !deadlines.get("onHold").asBoolean()
					&& due != null && due.isBefore(now));
		}

		boolean resolvedOnTime() {
			Instant due = absent(deadlines, "resolutionDue") ? null
					: Instant.parse(deadlines.get("resolutionDue").asString());
			return resolved() && !deadlines.get("resolutionBreached").asBoolean()
					&& (due == null || !at("resolvedAt").isAfter(due));
		}

	}

	@Test
	void everyFigureOfTheMonthMatchesTheComplaintsBehindIt() throws Exception {
		p = fixtures.project();
		ZoneId zone = clock.getZone();
		Instant now = clock.instant();
		YearMonth month = YearMonth.now(clock);
		Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant previousStart = month.minusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Instant lastYearStart = month.minusYears(1).atDay(1).atStartOfDay(zone).toInstant();
		Duration elapsed = Duration.between(monthStart, now.minusSeconds(60));
		String staffA = p.staff();
		String staffB = fixtures.staff(p.projectId(), "STAFF", "ENVIRONMENT");

		// previous month: 3, one resolved now; same month last year: 2
		List<Long> previousIds = new ArrayList<>();
		previousIds.add(register(0, "PHONE", "CLEANING", at(previousStart, 2, 9)));
		previousIds.add(register(1, "EMAIL", "GARBAGE", at(previousStart, 10, 15)));
		previousIds.add(register(2, "PHONE", "WATER_LEAK", at(previousStart, 20, 11)));
		classify(previousIds.get(0), "VALID");
		resolve(previousIds.get(0), staffB, "ENVIRONMENT");
		List<Long> lastYearIds = List.of(register(3, "LETTER", "PROPERTY_FEE", at(lastYearStart, 5, 10)),
				register(0, "PHONE", "PETS", at(lastYearStart, 6, 10)));

		// this month: ten complaints spread over the days gone by
		String[][] spec = { { "0", "PHONE", "WATER_LEAK", "VALID", "FACILITIES" },
				{ "0", "WEB", "WATER_LEAK", "VALID", "FACILITIES" }, { "1", "WECHAT", "WATER_LEAK", "HELP", "FACILITIES" },
				{ "2", "PHONE", "PROPERTY_FEE", "CONSULT", "FEES" }, { "2", "PHONE", "NOISE", "VENT", "MANAGEMENT_SERVICE" },
				{ "3", "APP", "STAFF_ATTITUDE", "VALID", "MANAGEMENT_SERVICE" },
				{ "3", "WALK_IN", "GARAGE_GATE:EMERGENCY", null, "EMERGENCIES" },
				{ "1", "PHONE", "LIGHTING", null, "FACILITIES" }, { "1", "PHONE", "WATER_LEAK", "HELP", "FACILITIES" },
				{ "2", "HOTLINE_12345", "PARKING_FEE", "VALID", "FEES" } };
		List<Long> ids = new ArrayList<>();
		Map<Long, String> classes = new HashMap<>();
		for (int i = 0; i < spec.length; i++) {
			Instant receivedAt = monthStart.plus(elapsed.multipliedBy(i).dividedBy(spec.length));
			long id = register(Integer.parseInt(spec[i][0]), spec[i][1], spec[i][2], receivedAt);
			ids.add(id);
			classes.put(id, spec[i][4]);
			if (spec[i][3] != null) {
				classify(id, spec[i][3]);
			}
		}
		resolve(ids.get(0), staffA, "ENGINEERING");
		resolve(ids.get(1), staffA, "ENGINEERING");
		resolve(ids.get(2), staffB, "ENVIRONMENT");
		resolve(ids.get(5), staffB, "ENVIRONMENT");
		resolve(ids.get(6), staffA, "ENGINEERING");
		post("/api/v1/complaints/" + ids.get(4) + "/escalate", p.supervisor(), Map.of("reason", "业主情绪激动")).expect(200);
		post("/api/v1/complaints/" + ids.get(4) + "/escalate", p.supervisor(), Map.of("reason", "再次升级")).expect(200);
		post("/api/v1/complaints/" + ids.get(3) + "/escalate", p.supervisor(), Map.of("reason", "费用争议")).expect(200);
		post("/api/v1/complaints/" + ids.get(6) + "/reopen", p.agent(), Map.of("reason", "道闸又坏了")).expect(200);
		ratings.rate(ids.get(0), owner(0), 5, true, "很满意");
		ratings.rate(ids.get(2), owner(1), 3, true, "一般");
		int resolveActions = 6;

		long action = post("/api/v1/reports/actions", p.manager(),
				Map.of("projectId", p.projectId(), "title", "全面排查2栋供水管道", "dueDate", month.atEndOfMonth().toString(),
						"ownerStaffId", fixtures.staffId(p.supervisor()), "topics", List.of("WATER_LEAK"),
						"complaintIds", List.of(ids.get(0), ids.get(1)), "publicAction", true))
			.expect(201).get("id").asLong();

		JsonNode report = get("/api/v1/reports/monthly?projectId=" + p.projectId() + "&month=" + month, p.supervisor())
			.expect(200);
		Instant reportedAt = clock.instant();
		List<Made> current = made(ids, classes);
		List<Made> previous = made(previousIds, Map.of());
		List<Made> lastYear = made(lastYearIds, Map.of());

		assertThat(report.get("month").asString()).isEqualTo(month.toString());
		expectFigures(report.get("current"), current, reportedAt, true);
		expectFigures(report.get("previousMonth"), previous, reportedAt, false);
		expectFigures(report.get("sameMonthLastYear"), lastYear, reportedAt, false);

		JsonNode summary = report.get("current").get("summary");
		// by hand, so that the data set is known to hold what the figures are about
		assertThat(summary.get("received").asLong()).isEqualTo(10);
		assertThat(summary.get("valid").asLong()).isEqualTo(4);
		assertThat(summary.get("communicative").asLong()).isEqualTo(4);
		assertThat(summary.get("unknownNature").asLong()).isEqualTo(2);
		assertThat(summary.get("escalated").asLong()).as("two by hand, the ladder may add").isGreaterThanOrEqualTo(2);
		assertThat(summary.get("repeat").asLong()).as("the same households about the same leak").isPositive();
		assertThat(summary.get("resolved").asLong()).as("five resolved, one reopened").isEqualTo(4);
		assertThat(summary.get("overdueRate").asDouble()).isPositive();
		assertThat(report.get("current").get("byClass").toString()).contains(
				"{\"key\":\"FACILITIES\",\"name\":\"FACILITIES\",\"count\":5,\"share\":0.5}",
				"{\"key\":\"EMERGENCIES\",\"name\":\"EMERGENCIES\",\"count\":1,\"share\":0.1}");
		assertThat(report.get("current").get("topIssues").get(0).get("topic").asString()).isEqualTo("WATER_LEAK");
		assertThat(summary.get("resolutions").asLong()).as("every resolve of the month").isEqualTo(resolveActions);
		assertThat(summary.get("feedbackRate").asDouble()).isCloseTo(2.0 / resolveActions, within(EPSILON));
		assertThat(summary.get("averageStars").asDouble()).isCloseTo(4.0, within(EPSILON));
		assertThat(summary.get("satisfactionRate").asDouble()).isCloseTo(0.5, within(EPSILON));
		assertThat(summary.get("reviewsDone").asLong()).isZero();
		assertThat(absent(summary, "satisfiedAfterReview")).isTrue();
		assertThat(report.get("previousMonth").get("summary").get("resolutions").asLong()).isZero();

		JsonNode received = comparison(report, "received");
		assertThat(received.get("current").asDouble()).isEqualTo(10);
		assertThat(received.get("previousMonth").asDouble()).isEqualTo(3);
		assertThat(received.get("changeFromPreviousMonth").asDouble()).isEqualTo(7);
		assertThat(received.get("sameMonthLastYear").asDouble()).isEqualTo(2);
		assertThat(received.get("changeFromLastYear").asDouble()).isEqualTo(8);
		JsonNode handling = comparison(report, "averageHandlingHours");
		assertThat(handling.get("changeFromPreviousMonth").asDouble()).isCloseTo(
				summary.get("averageHandlingHours").asDouble()
						- report.get("previousMonth").get("summary").get("averageHandlingHours").asDouble(),
				within(EPSILON));
		assertThat(absent(handling, "changeFromLastYear")).as("nothing resolved last year").isTrue();

		assertThat(report.get("actions")).hasSize(1);
		assertThat(report.get("actions").get(0).get("id").asLong()).isEqualTo(action);
		assertThat(report.get("actions").get(0).get("status").asString()).isEqualTo("OPEN");

		expectKpis(get("/api/v1/reports/kpis?projectId=" + p.projectId() + "&month=" + month, p.manager()).expect(200),
				made(concat(ids, previousIds), Map.of()), clock.instant());
	}

	@Test
	void theWeeklyReportFlagsATopicAndABuildingFarAboveTheirUsualLevel() throws Exception {
		p = fixtures.project();
		ZoneId zone = clock.getZone();
		LocalDate monday = LocalDate.now(clock).minusWeeks(3).with(java.time.DayOfWeek.MONDAY);
		Instant weekStart = monday.atStartOfDay(zone).toInstant();
		String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		List<Long> before = new ArrayList<>();
		// the usual: noise twice and garbage four times in the eight weeks before, all in building 2
		for (int w : new int[] { 1, 5 }) {
			before.add(register(2, "PHONE", "NOISE", weekStart.minus(Duration.ofDays(7L * w - 2))));
		}
		for (int w : new int[] { 2, 3, 6, 8 }) {
			before.add(register(3, "PHONE", "GARBAGE", weekStart.minus(Duration.ofDays(7L * w - 1))));
		}
		before.add(register(3, "PHONE", "GARBAGE", weekStart.minus(Duration.ofDays(7L * 9))));
		// the week: noise three times in building 1, garbage once in building 2
		List<Long> week1 = new ArrayList<>();
		week1.add(register(0, "PHONE", "NOISE", weekStart.plus(Duration.ofHours(20))));
		week1.add(register(1, "WECHAT", "NOISE", weekStart.plus(Duration.ofHours(44))));
		week1.add(register(0, "PHONE", "NOISE", weekStart.plus(Duration.ofDays(6))));
		week1.add(register(2, "PHONE", "GARBAGE", weekStart.plus(Duration.ofDays(3))));
		register(2, "PHONE", "GARBAGE", weekStart.plus(Duration.ofDays(8)));
		resolve(week1.get(3), p.staff(), "ENGINEERING");

		JsonNode report = get("/api/v1/reports/weekly?projectId=" + p.projectId() + "&week=" + week, p.agent())
			.expect(200);
		assertThat(report.get("week").asString()).isEqualTo(week);
		assertThat(report.get("received").asLong()).isEqualTo(4);
		assertThat(report.get("backlogAtEnd").asLong()).as("all received before the week's end; one resolved after it")
			.isEqualTo(before.size() + week1.size());

		List<Made> inWeek = made(week1, Map.of());
		List<Made> usual = made(before, Map.of()).stream()
			.filter(m -> !m.at("receivedAt").isBefore(weekStart.minus(Duration.ofDays(56))))
			.toList();
		Map<String, Long> weekTopics = group(inWeek, m -> m.s("topic"));
		Map<String, Long> usualTopics = group(usual, m -> m.s("topic"));
		Map<String, JsonNode> trends = new HashMap<>();
		report.get("topics").forEach(t -> trends.put(t.get("topic").asString(), t));
		assertThat(trends.keySet()).containsExactlyInAnyOrder("NOISE", "GARBAGE");
		trends.forEach((topic, t) -> {
			assertThat(t.get("count").asLong()).isEqualTo(weekTopics.getOrDefault(topic, 0L));
			assertThat(t.get("usual").asDouble()).isCloseTo(usualTopics.getOrDefault(topic, 0L) / 8.0, within(EPSILON));
		});

		Map<String, List<Long>> expectedSpikes = new TreeMap<>();
		spikes(expectedSpikes, "TOPIC", inWeek, usual, m -> m.s("topic"));
		spikes(expectedSpikes, "BUILDING", inWeek, usual, Made::building);
		assertThat(expectedSpikes).as("the data set has spikes")
			.containsOnlyKeys("TOPIC:NOISE", "BUILDING:" + p.buildingIds().get(0));
		Map<String, List<Long>> spikes = new TreeMap<>();
		report.get("spikes").forEach(s -> {
			List<Long> behind = new ArrayList<>();
			s.get("complaints").forEach(c -> behind.add(c.get("id").asLong()));
			spikes.put(s.get("kind").asString() + ":" + s.get("key").asString(), behind);
			assertThat(s.get("complaints").get(0).get("number").asString()).startsWith("TS");
		});
		assertThat(spikes).isEqualTo(expectedSpikes);
	}

	@Test
	void reportsAreRefusedOutsideOnesProjectsAndForBadPeriods() throws Exception {
		p = fixtures.project();
		ProjectFixture other = fixtures.project();
		for (String path : List.of("/api/v1/reports/monthly?month=2026-11", "/api/v1/reports/weekly?week=2026-W47",
				"/api/v1/reports/kpis?month=2026-11", "/api/v1/reports/actions?x=1")) {
			String url = path.replace("?", "?projectId=" + p.projectId() + "&");
			assertThat(get(url, other.manager()).status()).as(url).isEqualTo(404);
			assertThat(get(url, p.agent()).status()).as(url).isEqualTo(200);
		}
		assertThat(get("/api/v1/reports/monthly?month=2026-11", p.agent()).status()).as("company-wide: managers")
			.isEqualTo(403);
		JsonNode company = get("/api/v1/reports/monthly?month=2026-11", p.manager()).expect(200);
		assertThat(absent(company, "projectId")).isTrue();
		for (String bad : List.of("2026-13", "november", "2026-1", "")) {
			JsonNode problem = get("/api/v1/reports/monthly?projectId=" + p.projectId() + "&month=" + bad, p.manager())
				.expect(400);
			assertThat(problem.toString()).contains("month");
		}
		assertThat(get("/api/v1/reports/kpis?projectId=" + p.projectId(), p.manager()).status()).isEqualTo(400);
		for (String bad : List.of("2026-W54", "2026-47", "2026-W00")) {
			get("/api/v1/reports/weekly?projectId=" + p.projectId() + "&week=" + bad, p.manager()).expect(400);
		}
		assertThat(get("/api/v1/reports/weekly?projectId=" + p.projectId() + "&week=2026-W53", p.manager()).status())
			.as("2026 has 53 ISO weeks").isEqualTo(200);
	}

	@Test
	void managersKeepTheActionsEveryoneReadsThemAndThePublicOnesAreShown() throws Exception {
		p = fixtures.project();
		ProjectFixture other = fixtures.project();
		Map<String, Object> body = new HashMap<>(Map.of("projectId", p.projectId(), "title", "门岗夜间巡逻加密",
				"ownerName", "保安部王主管", "dueDate", "2026-12-31", "topics", List.of("GATE_PATROL")));
		assertThat(post("/api/v1/reports/actions", p.supervisor(), body).status()).isEqualTo(403);
		assertThat(post("/api/v1/reports/actions", other.manager(), body).status()).isEqualTo(404);
		body.put("topics", List.of("NO_SUCH_TOPIC"));
		assertThat(post("/api/v1/reports/actions", p.manager(), body).expect(400).toString()).contains("topics");
		body.put("topics", List.of("GATE_PATROL"));
		body.put("complaintIds", List.of(register(other, 0, "PHONE", "NOISE")));
		assertThat(post("/api/v1/reports/actions", p.manager(), body).expect(400).toString()).contains("complaintIds");
		body.remove("complaintIds");
		JsonNode created = post("/api/v1/reports/actions", p.manager(), body).expect(201);
		long id = created.get("id").asLong();
		assertThat(created.get("status").asString()).isEqualTo("OPEN");
		assertThat(created.get("ownerName").asString()).isEqualTo("保安部王主管");
		assertThat(actions.publicActions(p.projectId())).as("not public yet").isEmpty();

		body.put("status", "IN_PROGRESS");
		body.put("publicAction", true);
		body.put("version", created.get("version").asLong());
		JsonNode updated = put("/api/v1/reports/actions/" + id, p.manager(), body).expect(200);
		assertThat(updated.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(put("/api/v1/reports/actions/" + id, p.manager(), body).status()).as("stale version").isEqualTo(409);
		assertThat(put("/api/v1/reports/actions/" + id, p.staff(), body).status()).isEqualTo(403);
		assertThat(get("/api/v1/reports/actions/" + id, other.manager()).status()).isEqualTo(404);
		assertThat(get("/api/v1/reports/actions?projectId=" + p.projectId(), p.staff()).expect(200)).hasSize(1);
		assertThat(get("/api/v1/reports/actions", p.staff()).expect(200)).hasSize(1);

		List<PublicAction> shown = actions.publicActions(p.projectId());
		assertThat(shown).extracting(PublicAction::title).containsExactly("门岗夜间巡逻加密");
		assertThat(shown.get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(shown.get(0).topics()).containsExactly("GATE_PATROL");
		body.put("status", "DROPPED");
		body.remove("version");
		put("/api/v1/reports/actions/" + id, p.manager(), body).expect(200);
		assertThat(actions.publicActions(p.projectId())).as("dropped ones are not shown").isEmpty();
	}

	// --- the expected figures, computed again ---

	private void expectFigures(JsonNode figures, List<Made> set, Instant now, boolean withTimes) {
		JsonNode s = figures.get("summary");
		long received = set.size();
		assertThat(s.get("received").asLong()).isEqualTo(received);
		long valid = set.stream().filter(m -> "VALID".equals(m.s("nature"))).count();
		long unknown = set.stream().filter(m -> "UNKNOWN".equals(m.s("nature"))).count();
		assertThat(s.get("valid").asLong()).isEqualTo(valid);
		assertThat(s.get("unknownNature").asLong()).isEqualTo(unknown);
		assertThat(s.get("communicative").asLong()).isEqualTo(set.stream()
			.filter(m -> Set.of("HELP", "CONSULT", "VENT").contains(m.s("nature"))).count());
		assertThat(s.get("repeat").asLong())
			.isEqualTo(set.stream().filter(m -> m.c.get("flags").toString().contains("REPEAT")).count());
		assertThat(s.get("escalated").asLong())
			.isEqualTo(set.stream().filter(m -> m.c.get("escalationLevel").asInt() >= 1).count());
		expectNumber(s, "averageMinutesToSystem", average(set, m -> minutes(m.at("receivedAt"), m.at("recordedAt"))));
		expectNumber(s, "averageMinutesToAssignment", average(set, m -> m.at("assignedAt") == null ? null
				: minutes(m.at("receivedAt"), m.at("assignedAt"))));
		List<Made> resolved = set.stream().filter(Made::resolved).toList();
		assertThat(s.get("resolved").asLong()).isEqualTo(resolved.size());
		List<Double> hours = resolved.stream()
			.map(m -> Duration.between(m.at("receivedAt"), m.at("resolvedAt")).toNanos() / 3.6e12)
			.sorted()
			.toList();
		expectNumber(s, "averageHandlingHours", hours.isEmpty() ? null
				: hours.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
		expectNumber(s, "p90HandlingHours", percentileCont(hours, 0.9));
		expectNumber(s, "overdueRate", share(set.stream().filter(m -> m.overdueNow(now)).count(), received));
		List<Made> contactable = set.stream().filter(m -> !absent(m.deadlines, "firstContactDue")).toList();
		expectNumber(s, "firstContactOnTimeRate", share(contactable.stream()
			.filter(m -> !absent(m.deadlines, "firstContactedAt") && !Instant.parse(m.deadlines.get("firstContactedAt")
				.asString()).isAfter(Instant.parse(m.deadlines.get("firstContactDue").asString())))
			.count(), contactable.size()));
		expectNumber(s, "resolutionOnTimeRate",
				share(resolved.stream().filter(Made::resolvedOnTime).count(), resolved.size()));
		if (withTimes) {
			assertThat(resolved).as("the data set has resolutions").isNotEmpty();
			assertThat(absent(s, "averageMinutesToAssignment")).isFalse();
		}

		expectCounts(figures.get("byChannel"), group(set, m -> m.s("channel")), received);
		expectCounts(figures.get("byTopic"), group(set, m -> m.s("topic")), received);
		expectCounts(figures.get("byDepartment"), group(set, m -> m.s("department")), received);
		expectCounts(figures.get("byBuilding"), group(set, Made::building), received);
		expectCounts(figures.get("byNature"), group(set, m -> m.s("nature")), received);
		Map<String, Long> categories = new HashMap<>();
		for (String c : List.of("FACILITY", "SECURITY", "ENVIRONMENT", "SERVICE", "OTHER")) {
			categories.put(c, set.stream().filter(m -> c.equals(m.s("category"))).count());
		}
		if (set.stream().anyMatch(m -> m.s("category") == null)) {
			categories.put(null, set.stream().filter(m -> m.s("category") == null).count());
		}
		expectCounts(figures.get("byCategory"), categories, received);
		if (set.stream().allMatch(m -> m.expectedClass() != null)) {
			Map<String, Long> classes = new TreeMap<>();
			for (String c : List.of("FACILITIES", "MANAGEMENT_SERVICE", "FEES", "EMERGENCIES")) {
				classes.put(c, set.stream().filter(m -> c.equals(m.expectedClass())).count());
			}
			expectCounts(figures.get("byClass"), classes, received);
		}
		Map<String, Long> recurring = group(set, m -> m.s("topic") + "@" + m.building());
		recurring.values().removeIf(n -> n < 2);
		Map<String, Long> issues = new TreeMap<>();
		figures.get("topIssues")
			.forEach(i -> issues.put(i.get("topic").asString() + "@" + i.get("buildingId").asString(), i.get("count").asLong()));
		assertThat(issues).isEqualTo(new TreeMap<>(recurring));
	}

	private void expectKpis(JsonNode kpis, List<Made> all, Instant now) throws Exception {
		// a department's figures are of the complaints given to it (assigned)
		expectKpiGroup(kpis.get("departments"), all, now, m -> m.s("assigneeId") == null ? null : m.s("department"),
				"department");
		expectKpiGroup(kpis.get("staff"), all, now, m -> m.s("assigneeId"), "assignee");
		assertThat(kpis.get("staff").toString()).contains("员工" + p.staff());
	}

	private void expectKpiGroup(JsonNode rows, List<Made> all, Instant now, Function<Made, String> key, String what)
			throws Exception {
		Map<String, JsonNode> byKey = new HashMap<>();
		rows.forEach(r -> byKey.put(r.get("key").asString(), r));
		Map<String, List<Made>> groups = all.stream().filter(m -> key.apply(m) != null)
			.collect(Collectors.groupingBy(key));
		Map<String, Long> expectedReopens = new HashMap<>();
		all.stream().filter(m -> m.c.get("reopenCount").asInt() > 0 && key.apply(m) != null)
			.forEach(m -> expectedReopens.merge(key.apply(m), (long) m.c.get("reopenCount").asInt(), Long::sum));
		long checked = 0;
		for (Map.Entry<String, List<Made>> e : groups.entrySet()) {
			List<Made> handled = e.getValue().stream().filter(Made::resolved).toList();
			long onTime = handled.stream().filter(Made::resolvedOnTime).count();
			long openOverdue = e.getValue().stream().filter(m -> m.open() && m.overdueNow(now)).count();
			JsonNode row = byKey.get(e.getKey());
			if (handled.isEmpty() && openOverdue == 0 && !expectedReopens.containsKey(e.getKey())) {
				continue;
			}
			assertThat(row).as(what + " " + e.getKey()).isNotNull();
			assertThat(row.get("handled").asLong()).as(what + " handled").isEqualTo(handled.size());
			assertThat(row.get("onTime").asLong()).as(what + " on time").isEqualTo(onTime);
			assertThat(row.get("late").asLong()).isEqualTo(handled.size() - onTime);
			assertThat(row.get("openOverdue").asLong()).as(what + " open overdue").isEqualTo(openOverdue);
			assertThat(row.get("overdue").asLong()).isEqualTo(handled.size() - onTime + openOverdue);
			assertThat(row.get("reopens").asLong()).isEqualTo(expectedReopens.getOrDefault(e.getKey(), 0L));
			expectNumber(row, "averageHandlingHours", handled.isEmpty() ? null : handled.stream()
				.mapToDouble(m -> Duration.between(m.at("receivedAt"), m.at("resolvedAt")).toNanos() / 3.6e12)
				.average().orElseThrow());
			checked++;
		}
		assertThat(checked).as(what + " groups checked").isGreaterThanOrEqualTo(2);
		JsonNode rated = "department".equals(what) ? byKey.get("ENGINEERING")
				: byKey.get(String.valueOf(fixtures.staffId(p.staff())));
		assertThat(rated.get("ratings").asLong()).isEqualTo(1);
		assertThat(rated.get("averageStars").asDouble()).isEqualTo(5.0);
		assertThat(rated.get("satisfactionRate").asDouble()).isEqualTo(1.0);
	}

	private static void expectCounts(JsonNode counts, Map<String, Long> expected, long total) {
		Map<String, Long> actual = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
		counts.forEach(c -> {
			actual.put(absent(c, "key") ? null : c.get("key").asString(), c.get("count").asLong());
			assertThat(c.get("share").asDouble()).isCloseTo(total == 0 ? 0 : c.get("count").asLong() / (double) total,
					within(EPSILON));
		});
		Map<String, Long> wanted = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
		wanted.putAll(expected);
		assertThat(actual).isEqualTo(wanted);
	}

	private static void expectNumber(JsonNode node, String field, Double expected) {
		if (expected == null) {
			assertThat(absent(node, field)).as(field + " is null").isTrue();
		}
		else {
			// to the second: SQL may count whole seconds between two times
			assertThat(node.get(field).asDouble()).as(field).isCloseTo(expected, within(1.0 / 3600 + 1e-9));
		}
	}

	/** The continuous percentile of PostgreSQL's percentile_cont: linear between the closest ranks. */
	private static Double percentileCont(List<Double> sorted, double fraction) {
		if (sorted.isEmpty()) {
			return null;
		}
		double position = fraction * (sorted.size() - 1);
		int low = (int) Math.floor(position);
		int high = (int) Math.ceil(position);
		return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (position - low);
	}

	private static void spikes(Map<String, List<Long>> spikes, String kind, List<Made> week, List<Made> usual,
			Function<Made, String> key) {
		Map<String, Long> counts = group(week, key);
		Map<String, Long> before = group(usual, key);
		counts.forEach((k, n) -> {
			if (n >= Math.max(3, 2 * before.getOrDefault(k, 0L) / 8.0)) {
				spikes.put(kind + ":" + k, week.stream().filter(m -> k.equals(key.apply(m)))
					.sorted(Comparator.comparing((Made m) -> m.at("receivedAt")))
					.map(m -> m.c.get("id").asLong())
					.toList());
			}
		});
	}

	private static Map<String, Long> group(List<Made> set, Function<Made, String> key) {
		Map<String, Long> groups = new HashMap<>();
		set.forEach(m -> groups.merge(key.apply(m), 1L, Long::sum));
		return groups;
	}

	private static Double average(List<Made> set, Function<Made, Double> value) {
		List<Double> values = set.stream().map(value).filter(Objects::nonNull).toList();
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	private static double minutes(Instant from, Instant to) {
		return Duration.between(from, to).toNanos() / 6e10;
	}

	private static boolean absent(JsonNode node, String field) {
		return node.get(field) == null || node.get(field).isNull();
	}

	private static Double share(long part, long whole) {
		return whole == 0 ? null : part / (double) whole;
	}

	private static JsonNode comparison(JsonNode report, String figure) {
		for (JsonNode c : report.get("comparison")) {
			if (c.get("figure").asString().equals(figure)) {
				return c;
			}
		}
		throw new AssertionError("no comparison of " + figure);
	}

	// --- making the data ---

	private List<Made> made(List<Long> ids, Map<Long, String> classes) throws Exception {
		List<Made> made = new ArrayList<>();
		for (long id : ids) {
			made.add(new Made(get("/api/v1/complaints/" + id, p.agent()).expect(200),
					get("/api/v1/complaints/" + id + "/deadlines", p.agent()).expect(200), classes.get(id)));
		}
		return made;
	}

	private long register(int resident, String channel, String topic, Instant receivedAt) throws Exception {
		String[] topicUrgency = topic.split(":");
		Map<String, Object> body = new HashMap<>(Map.of("residentId", p.residentIds().get(resident), "channel", channel,
				"content", "测试投诉：" + topicUrgency[0], "topic", topicUrgency[0]));
		if (topicUrgency.length > 1) {
			body.put("urgency", topicUrgency[1]);
		}
		if (receivedAt != null) {
			body.put("receivedAt", receivedAt.toString());
		}
		return post("/api/v1/complaints", p.agent(), body).expect(201).get("id").asLong();
	}

	private long register(ProjectFixture in, int resident, String channel, String topic) throws Exception {
		return post("/api/v1/complaints", in.agent(), Map.of("residentId", in.residentIds().get(resident), "channel",
				channel, "content", "测试投诉：" + topic, "topic", topic))
			.expect(201).get("id").asLong();
	}

	/** Judges the nature; the classification is a whole, so topic and urgency are sent again. */
	private void classify(long id, String nature) throws Exception {
		JsonNode c = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		put("/api/v1/complaints/" + id + "/classification", p.agent(), Map.of("topic", c.get("topic").asString(),
				"urgency", c.get("urgency").asString(), "department", c.get("department").asString(), "nature", nature))
			.expect(200);
	}

	/** To the staff member (and department), started and resolved now. */
	private void resolve(long id, String staff, String department) throws Exception {
		String path = "/api/v1/complaints/" + id;
		long staffId = fixtures.staffId(staff);
		JsonNode complaint = get(path, p.agent()).expect(200);
		if ("RECEIVED".equals(complaint.get("status").asString())) {
			post(path + "/assign", p.agent(), Map.of("assigneeId", staffId, "department", department)).expect(200);
		}
		else if (absent(complaint, "assigneeId") || complaint.get("assigneeId").asLong() != staffId) {
			post(path + "/reassign", p.supervisor(),
					Map.of("assigneeId", staffId, "department", department, "reason", "转交处理")).expect(200);
		}
		post(path + "/start", staff, null).expect(200);
		post(path + "/resolve", staff, Map.of("summary", "已处理")).expect(200);
	}

	private Owner owner(int resident) {
		return new Owner(p.residentIds().get(resident), p.householdIds().get(resident), p.projectId(), "业主");
	}

	/** A day and hour of the month that starts at {@code start} (Shanghai time is UTC+8). */
	private static Instant at(Instant start, int day, int hour) {
		return start.plus(Duration.ofDays(day - 1L)).plus(Duration.ofHours(hour));
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		List<Long> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
