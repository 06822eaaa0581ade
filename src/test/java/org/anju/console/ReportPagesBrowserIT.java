package org.anju.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.feedback.Ratings;
import org.anju.platform.security.Owner;
import org.anju.support.BrowserTest;
import org.anju.support.MutableClock;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 报表 in the browser: the monthly report of a project with a realistic month behind it (the
 * figures on screen are the API's, the charts are drawn), the weekly report's spikes leading to
 * their complaints, and an improvement action recorded through the form and shown on the board.
 */
class ReportPagesBrowserIT extends BrowserTest {

	/** Topic, a typical complaint about it, and how often it comes up in the month. */
	static final String[][] MONTH = { { "WATER_LEAK", "楼上漏水，卫生间天花板一直滴水", "7" },
			{ "ELEVATOR_FAULT", "电梯又坏了，停在半层不动", "6" }, { "NOISE", "楼上半夜装修，电钻声吵得睡不着", "5" },
			{ "PARKING_OCCUPIED", "我的固定车位被别人占了", "4" }, { "GARBAGE", "楼道垃圾好几天没人清运", "4" },
			{ "PROPERTY_FEE", "物业费收费标准不透明，要求公示明细", "3" }, { "LIGHTING", "楼道灯坏了一个星期", "3" },
			{ "STAFF_ATTITUDE", "前台客服态度很差", "2" }, { "ACCESS_CONTROL", "门禁卡刷不开单元门", "2" },
			{ "GREENING", "绿化带好久没修剪了", "2" }, { "PETS", "有人遛狗不牵绳", "2" } };

	static final String[] CHANNELS = { "PHONE", "PHONE", "WECHAT", "PHONE", "APP", "WECHAT", "WEB", "EMAIL", "PHONE",
			"WALK_IN", "WECHAT", "HOTLINE_12345" };

	/** The application's clock, moved through last month while the test makes the data. */
	static final MutableClock CLOCK = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));

	/** Which resident (of ten, two per building) complains: some buildings more than others. */
	static final int[] BUILDINGS = { 0, 2, 1, 4, 0, 6, 3, 2, 8, 0, 5, 9, 2, 7, 1, 0, 4 };

	static final String[] NATURES = { "VALID", "VALID", "HELP", "VALID", "CONSULT", "VALID", "VALID", "VENT" };

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}

	}

	@Autowired
	Clock clock;

	@Autowired
	Ratings ratings;

	ProjectFixture p;

	/** Residents with their households, over five buildings. */
	final List<long[]> residents = new ArrayList<>();

	@Test
	void theManagerReadsTheMonthlyReportWithItsCharts() throws Exception {
		p = fixtures.project();
		moreBuildings();
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		ZoneId zone = clock.getZone();
		Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
		// the month, as it happened: received over the days, most resolved within hours, many rated
		int n = 0;
		List<Long> made = new ArrayList<>();
		for (String[] topic : MONTH) {
			for (int i = 0; i < Integer.parseInt(topic[2]); i++, n++) {
				CLOCK.set(start.plus(Duration.ofDays((n * 11L) % 27)).plus(Duration.ofHours(1 + (n * 7) % 12)));
				long id = register(BUILDINGS[n % BUILDINGS.length], CHANNELS[n % CHANNELS.length], topic[0], topic[1],
						null);
				made.add(id);
				classify(id, NATURES[n % NATURES.length]);
				if (n % 5 != 4) {
					CLOCK.advance(Duration.ofHours(2 + (n * 5) % (n % 7 == 3 ? 70 : 20)));
					resolve(id);
					if (n % 3 != 2) {
						CLOCK.advance(Duration.ofHours(3));
						rate(id, n % 6 == 1 ? 3 : n % 4 == 0 ? 4 : 5);
					}
				}
			}
		}
		// the month before, fewer
		Instant before = month.minusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		for (int i = 0; i < 8; i++) {
			CLOCK.set(before.plus(Duration.ofDays(3L * i + 1)).plus(Duration.ofHours(2)));
			register(BUILDINGS[i], CHANNELS[i], MONTH[i % 4][0], MONTH[i % 4][1], null);
		}
		CLOCK.set(Instant.now());
		post("/api/v1/reports/actions", p.manager(), Map.of("projectId", p.projectId(), "title", "全面排查2栋供水立管",
				"dueDate", month.plusMonths(1).atEndOfMonth().toString(), "topics", List.of("WATER_LEAK"),
				"ownerStaffId", fixtures.staffId(p.supervisor()), "publicAction", true, "status", "IN_PROGRESS"))
			.expect(201);
		JsonNode report = get("/api/v1/reports/monthly?projectId=" + p.projectId() + "&month=" + month, p.manager())
			.expect(200);
		JsonNode summary = report.get("current").get("summary");
		assertThat(summary.get("received").asLong()).isEqualTo(made.size());

		login(p.manager());
		find("#nav-reports").click();
		waitFor(ExpectedConditions.urlContains("/reports/monthly"));
		assertThat(find("#report-period").getText()).as("the last complete month by default").isEqualTo(month.toString());
		assertThat(find("#report-scope").getText()).startsWith("安居花园");
		assertThat(find("#fig-received .kpi").getText()).isEqualTo(String.valueOf(summary.get("received").asLong()));
		assertThat(find("#fig-valid .kpi").getText()).isEqualTo(String.valueOf(summary.get("valid").asLong()));
		assertThat(find("#fig-resolutionOnTimeRate .kpi").getText())
			.isEqualTo(percent(summary.get("resolutionOnTimeRate")));
		assertThat(find("#fig-overdueRate .kpi").getText()).isEqualTo(percent(summary.get("overdueRate")));
		assertThat(find("#fig-satisfactionRate .kpi").getText()).isEqualTo(percent(summary.get("satisfactionRate")));
		assertThat(find("#fig-averageHandlingHours .kpi").getText())
			.isEqualTo(String.format(Locale.ROOT, "%.1f", summary.get("averageHandlingHours").asDouble()));
		assertThat(find("#section-channel").getText()).contains("电话", "微信", "12345热线");
		assertThat(find("#section-topic").getText()).contains("漏水");
		assertThat(find("#section-building").getText()).contains("1栋", "5栋");
		assertThat(find("#change-received").getText()).contains(String.valueOf(made.size()), "8",
				"+" + (made.size() - 8));
		assertThat(find("#change-received .change").getAttribute("class")).contains("worse");
		assertThat(find("#actions").getText()).as("decided after the month").doesNotContain("全面排查2栋供水立管");
		assertThat(find("#kpi-staff-table").getText()).contains("员工" + p.staff());
		assertThat(find("#download-excel").getAttribute("href"))
			.endsWith("/reports/monthly.xlsx?projectId=" + p.projectId() + "&month=" + month);
		assertThat(find("#download-pdf").getAttribute("href"))
			.endsWith("/reports/monthly.pdf?projectId=" + p.projectId() + "&month=" + month);
		for (String chart : List.of("channel", "class", "category", "topic", "department", "building")) {
			find("#chart-" + chart + " canvas");
		}
		browser.manage().window().setSize(new Dimension(1366, 1250));
		find("#chart-building canvas");
		screenshot("monthly-report");
		desktop();

		find("#prev-month").click();
		waitFor(ExpectedConditions.urlContains("month=" + month.minusMonths(1)));
		assertThat(find("#report-period").getText()).isEqualTo(month.minusMonths(1).toString());
		assertThat(find("#fig-received .kpi").getText()).isEqualTo("8");
		find("#chart-channel canvas");

		open("/reports/monthly?projectId=" + p.projectId() + "&month=" + month.plusMonths(1));
		assertThat(find("#actions").getText()).as("decided this month").contains("全面排查2栋供水立管", "进行中");

		open("/reports/monthly?projectId=" + p.projectId() + "&month=" + month + "&lang=en");
		assertThat(find("h1").getText()).contains("Monthly complaint statistics and analysis");
		assertThat(find("#fig-received .kpi-label").getText()).isEqualTo("Received");
		assertThat(find("#download-excel").getText()).isEqualTo("Download Excel");
		find("#chart-topic canvas");
		open("/reports/monthly?lang=zh-CN");
	}

	@Test
	void theWeeklyReportFlagsASpikeAndLeadsToItsComplaints() throws Exception {
		p = fixtures.project();
		ZoneId zone = clock.getZone();
		LocalDate monday = LocalDate.now(clock).minusWeeks(1).with(DayOfWeek.MONDAY);
		Instant start = monday.atStartOfDay(zone).toInstant();
		List<Long> noise = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			noise.add(register(0, "PHONE", "NOISE", "楼上半夜装修，电钻声吵得睡不着", start.plus(Duration.ofHours(10 + 30L * i))));
		}
		register(2, "WECHAT", "GARBAGE", "楼道垃圾好几天没人清运", start.plus(Duration.ofDays(2)));
		String number = get("/api/v1/complaints/" + noise.get(0), p.manager()).expect(200).get("number").asString();

		login(p.supervisor());
		open("/reports/weekly?projectId=" + p.projectId());
		assertThat(find("#fig-received .kpi").getText()).isEqualTo("5");
		WebElement spike = find("#spike-TOPIC-NOISE");
		assertThat(spike.getText()).contains("噪音", "4");
		assertThat(spike.findElements(By.cssSelector(".spike-complaints a"))).hasSize(4);
		find("#chart-trends canvas");
		assertThat(find("#download-pdf").getAttribute("href")).contains("/reports/weekly.pdf?projectId=" + p.projectId());
		spike.findElement(By.linkText(number)).click();
		waitFor(ExpectedConditions.urlContains("/complaints/" + noise.get(0)));
		assertThat(pageText()).contains(number);
	}

	@Test
	void aManagerRecordsAPublicActionThatTheBoardShows() throws Exception {
		p = fixtures.project();
		long complaint = register(1, "PHONE", "WATER_LEAK", "楼上漏水，卫生间天花板一直滴水", null);
		String number = get("/api/v1/complaints/" + complaint, p.manager()).expect(200).get("number").asString();

		login(p.manager());
		open("/reports/actions?projectId=" + p.projectId());
		find("#new-action").click();
		find("#save-action").click();
		assertThat(find("#title-error").getText()).isEqualTo("此项必填");

		find("#title").sendKeys("更换2栋老化供水立管");
		find("#description").sendKeys("分三期更换，停水前三天张贴通知");
		new Select(find("#ownerStaffId")).selectByVisibleText("员工" + p.supervisor());
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-31'", find("#dueDate"));
		new Select(find("#status")).selectByValue("IN_PROGRESS");
		find("#publicAction1").click();
		new Select(find("#topics")).selectByValue("WATER_LEAK");
		find("#complaints").sendKeys(number);
		find("#save-action").click();

		assertThat(find("#saved").getText()).contains("更换2栋老化供水立管");
		WebElement row = find(".action-row");
		assertThat(row.getText()).contains("更换2栋老化供水立管", "员工" + p.supervisor(), "2026-12-31", "进行中", "漏水",
				number);

		open("/board/" + p.projectId());
		String board = find("#improvements").getText();
		assertThat(board).contains("改进措施", "更换2栋老化供水立管", "分三期更换", "进行中", "2026-12-31", "漏水");
		assertThat(board).doesNotContain(p.supervisor());
	}

	@BeforeEach
	void now() {
		CLOCK.set(Instant.now());
	}

	// --- the data ---

	/** Judges the nature; the classification is a whole, so topic, urgency and department are sent again. */
	private void classify(long id, String nature) throws Exception {
		JsonNode c = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		put("/api/v1/complaints/" + id + "/classification", p.agent(), Map.of("topic", c.get("topic").asString(),
				"urgency", c.get("urgency").asString(), "department", c.get("department").asString(), "nature", nature))
			.expect(200);
	}

	/** Three more buildings (3栋 to 5栋), two households each with a resident. */
	private void moreBuildings() throws Exception {
		for (int i = 0; i < p.residentIds().size(); i++) {
			residents.add(new long[] { p.residentIds().get(i), p.householdIds().get(i) });
		}
		for (int b = 3; b <= 5; b++) {
			long building = post("/api/v1/projects/" + p.projectId() + "/buildings", ADMIN, Map.of("name", b + "栋"))
				.expect(201).get("id").asLong();
			long unit = post("/api/v1/buildings/" + building + "/units", ADMIN, Map.of("name", "1单元")).expect(201)
				.get("id").asLong();
			for (int r = 1; r <= 2; r++) {
				long household = post("/api/v1/units/" + unit + "/households", ADMIN,
						Map.of("room", "2" + r + "02", "floor", 20 + r)).expect(201).get("id").asLong();
				long resident = post("/api/v1/households/" + household + "/residents", ADMIN,
						Map.of("name", "业主" + b + r, "relation", "OWNER", "mobile",
								"137" + String.format("%08d", Math.abs(unique("m").hashCode()) % 100_000_000),
								"preferredChannel", "SMS"))
					.expect(201).get("id").asLong();
				residents.add(new long[] { resident, household });
			}
		}
	}

	private long[] resident(int n) {
		if (residents.isEmpty()) {
			return new long[] { p.residentIds().get(n % 4), p.householdIds().get(n % 4) };
		}
		return residents.get(n % residents.size());
	}

	private long register(int n, String channel, String topic, String content, Instant receivedAt) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("residentId", resident(n)[0], "channel", channel, "content",
				content, "topic", topic));
		if (receivedAt != null) {
			body.put("receivedAt", receivedAt.toString());
		}
		return post("/api/v1/complaints", p.agent(), body).expect(201).get("id").asLong();
	}

	/** Assigned (if triage found nobody), started and resolved by the manager, with the playbook's records. */
	private void resolve(long id) throws Exception {
		String path = "/api/v1/complaints/" + id;
		JsonNode c = get(path, p.manager()).expect(200);
		if ("RECEIVED".equals(c.get("status").asString())) {
			post(path + "/assign", p.manager(), Map.of("assigneeId", fixtures.staffId(p.staff()), "department",
					"ENGINEERING")).expect(200);
		}
		post(path + "/start", p.manager(), null).expect(200);
		for (JsonNode record : get(path + "/playbook", p.manager()).expect(200).get("records")) {
			put(path + "/playbook/records/" + record.get("key").asString(), p.manager(), Map.of("value", "已记录"))
				.expect(200);
		}
		post(path + "/resolve", p.manager(), Map.of("summary", "已处理")).expect(200);
	}

	private void rate(long id, int stars) throws Exception {
		JsonNode c = get("/api/v1/complaints/" + id, p.manager()).expect(200).get("complainant");
		ratings.rate(id, new Owner(c.get("residentId").asLong(), c.get("householdId").asLong(), p.projectId(), "业主"),
				stars, true, stars >= 4 ? "处理及时，很满意" : "还行");
	}

	private static String percent(JsonNode value) {
		return value == null || value.isNull() ? "—" : String.format(Locale.ROOT, "%.1f%%", value.asDouble() * 100);
	}

}
