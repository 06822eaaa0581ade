package org.anju.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.feedback.Ratings;
import org.anju.platform.security.Owner;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.thymeleaf.ITemplateEngine;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * The report files on a data set the test makes itself: the Excel sheets read back with POI hold
 * the figures of the JSON report and the values counted here by hand; the PDF's text (read back
 * with PDFBox) holds the Chinese title and figures in an embedded font; refusals are those of the
 * JSON reports.
 */
class ReportFilesIT extends ApiTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final List<String> MONTHLY_SHEETS = List.of("总体指标", "环比与同比", "按渠道", "按类别", "四类分析", "按问题类型",
			"按责任部门", "按楼栋", "投诉性质", "高发问题", "改进措施", "部门考核", "员工考核");

	@Autowired
	Clock clock;

	@Autowired
	Ratings ratings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	ProjectFixture p;

	@Test
	void theMonthlyWorkbookHoldsTheFiguresOfTheReport() throws Exception {
		p = fixtures.project();
		YearMonth month = monthWithData();
		String query = "?projectId=" + p.projectId() + "&month=" + month;
		JsonNode report = get("/api/v1/reports/monthly" + query, p.supervisor()).expect(200);
		JsonNode kpis = get("/api/v1/reports/kpis" + query, p.supervisor()).expect(200);

		MvcResult download = download("/api/v1/reports/monthly.xlsx" + query, p.supervisor(), Map.of());
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo(XLSX);
		String disposition = download.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"anju-monthly-" + month + "-")
			.contains("filename*=UTF-8''anju-monthly-" + month + "-%E5%AE%89%E5%B1%85%E8%8A%B1%E5%9B%AD")
			.endsWith(".xlsx");

		keep("monthly.xlsx", download.getResponse().getContentAsByteArray());
		try (XSSFWorkbook book = workbook(download)) {
			List<String> names = new ArrayList<>();
			book.forEach(s -> names.add(s.getSheetName()));
			assertThat(names).containsExactlyElementsOf(MONTHLY_SHEETS);
			for (Sheet sheet : book) {
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			JsonNode summary = report.get("current").get("summary");
			Map<String, Row> figures = rows(book.getSheet("总体指标"));
			assertThat(figures.get("项目").getCell(1).getStringCellValue()).isEqualTo(projectName());
			assertThat(number(figures.get("受理投诉"), 1)).isEqualTo(6).isEqualTo(summary.get("received").asDouble());
			assertThat(number(figures.get("已处理完成"), 1)).isEqualTo(summary.get("resolved").asDouble());
			assertThat(number(figures.get("回访率"), 1)).isCloseTo(0.5, within(1e-9))
				.isCloseTo(summary.get("feedbackRate").asDouble(), within(1e-9));
			assertThat(percent(figures.get("回访率").getCell(1))).isTrue();
			assertThat(number(figures.get("满意率"), 1)).isEqualTo(1.0);
			assertThat(number(figures.get("平均评分"), 1)).isEqualTo(5.0);
			assertThat(number(figures.get("处理完成及时率"), 1))
				.isCloseTo(summary.get("resolutionOnTimeRate").asDouble(), within(1e-9));
			assertThat(number(figures.get("平均处理时长（小时）"), 1))
				.isCloseTo(summary.get("averageHandlingHours").asDouble(), within(1e-9));
			assertThat(figures.get("平均处理时长（小时）").getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0");
			assertThat(summary.get("satisfiedAfterReview")).as("no reviews").isNull();
			Cell blank = figures.get("复查后满意率").getCell(1);
			assertThat(blank == null || blank.getCellType() == CellType.BLANK).as("a null figure is left blank").isTrue();

			Map<String, Row> channels = rows(book.getSheet("按渠道"));
			assertThat(channels.keySet()).containsExactlyInAnyOrder("电话", "微信", "网页");
			assertThat(number(channels.get("电话"), 1)).isEqualTo(3);
			assertThat(number(channels.get("微信"), 1)).isEqualTo(2);
			assertThat(number(channels.get("网页"), 1)).isEqualTo(1);
			assertThat(number(channels.get("电话"), 2)).isCloseTo(0.5, within(1e-9));
			assertThat(percent(channels.get("电话").getCell(2))).isTrue();
			report.get("current").get("byChannel").forEach(c -> assertThat(number(
					channels.get(messages.getMessage("report.channel." + c.get("key").asString(), null, Locale.CHINA)), 1))
				.isEqualTo(c.get("count").asDouble()));

			Map<String, Row> classes = rows(book.getSheet("四类分析"));
			assertThat(number(classes.get("设施设备"), 1)).as("two leaks, the lighting").isEqualTo(3);
			assertThat(number(classes.get("收费"), 1)).isEqualTo(1);
			assertThat(number(classes.get("突发事件"), 1)).isZero();

			Map<String, Row> comparison = rows(book.getSheet("环比与同比"));
			assertThat(number(comparison.get("受理投诉"), 1)).isEqualTo(6);
			assertThat(number(comparison.get("受理投诉"), 2)).isZero();
			assertThat(number(comparison.get("受理投诉"), 3)).isEqualTo(6);

			Map<String, Row> issues = rows(book.getSheet("高发问题"));
			assertThat(issues).hasSize(1);
			assertThat(number(issues.values().iterator().next(), 2)).as("two leaks in building 1").isEqualTo(2);

			Map<String, Row> staff = rows(book.getSheet("员工考核"));
			Row mine = staff.get("员工" + p.staff());
			assertThat(mine).isNotNull();
			JsonNode kpi = null;
			for (JsonNode k : kpis.get("staff")) {
				if (k.get("name").asString().equals("员工" + p.staff())) {
					kpi = k;
				}
			}
			assertThat(number(mine, 1)).as("handled").isEqualTo(2).isEqualTo(kpi.get("handled").asDouble());
			assertThat(number(mine, 2)).as("on time").isEqualTo(kpi.get("onTime").asDouble());
			assertThat(number(mine, 7)).as("ratings").isEqualTo(1);
			assertThat(number(mine, 8)).as("stars").isEqualTo(5.0);
			assertThat(number(mine, 9)).as("satisfaction").isEqualTo(1.0);
			assertThat(number(mine, 10)).as("reopens").isZero();

			Map<String, Row> departments = rows(book.getSheet("部门考核"));
			assertThat(departments).hasSize(kpis.get("departments").size());
		}

		MvcResult english = download("/api/v1/reports/monthly.xlsx" + query, p.supervisor(),
				Map.of("Accept-Language", "en-US,en;q=0.9"));
		try (XSSFWorkbook book = workbook(english)) {
			assertThat(book.getSheetName(0)).isEqualTo("Headline figures");
			assertThat(book.getSheetName(1)).isEqualTo("Comparison");
			assertThat(number(rows(book.getSheet("By channel")).get("Phone"), 1)).isEqualTo(3);
		}
	}

	@Test
	void theMonthlyPdfIsInChineseWithTheFontEmbedded() throws Exception {
		p = fixtures.project();
		YearMonth month = monthWithData();
		String query = "?projectId=" + p.projectId() + "&month=" + month;
		MvcResult download = download("/api/v1/reports/monthly.pdf" + query, p.manager(), Map.of());
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).endsWith(".pdf");
		byte[] pdf = download.getResponse().getContentAsByteArray();
		keep("monthly.pdf", pdf);
		String text = pdfText(pdf);
		assertThat(text).contains("月度投诉统计分析报告", projectName(), month.toString(), "按渠道", "员工考核", "电话");
		assertThat(text).containsPattern("受理投诉\\s+6\\s").containsPattern("回访率\\s+50\\.0%");

		String english = pdfText(
				download("/api/v1/reports/monthly.pdf" + query + "&lang=en", p.manager(), Map.of()).getResponse()
					.getContentAsByteArray());
		assertThat(english).contains("Monthly complaint statistics and analysis", "By channel", projectName())
			.containsPattern("Received\\s+6\\s");
	}

	@Test
	void theWeeklyFilesHoldTheTrendsAndSpikes() throws Exception {
		p = fixtures.project();
		ZoneId zone = clock.getZone();
		LocalDate monday = LocalDate.now(clock).minusWeeks(3).with(DayOfWeek.MONDAY);
		Instant weekStart = monday.atStartOfDay(zone).toInstant();
		String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		// usual: noise twice in the eight weeks before (building 2); the week: noise three times in building 1
		register(2, "PHONE", "NOISE", weekStart.minus(Duration.ofDays(5)));
		register(2, "PHONE", "NOISE", weekStart.minus(Duration.ofDays(33)));
		List<Long> noise = List.of(register(0, "PHONE", "NOISE", weekStart.plus(Duration.ofHours(20))),
				register(1, "WECHAT", "NOISE", weekStart.plus(Duration.ofHours(44))),
				register(0, "PHONE", "NOISE", weekStart.plus(Duration.ofDays(6))));
		register(2, "PHONE", "GARBAGE", weekStart.plus(Duration.ofDays(3)));
		String query = "?projectId=" + p.projectId() + "&week=" + week;
		JsonNode report = get("/api/v1/reports/weekly" + query, p.agent()).expect(200);

		MvcResult download = download("/api/v1/reports/weekly.xlsx" + query, p.agent(), Map.of());
		assertThat(download.getResponse().getContentType()).isEqualTo(XLSX);
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("anju-weekly-" + week + "-");
		try (XSSFWorkbook book = workbook(download)) {
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
				.containsExactly("总体指标", "问题类型趋势", "异常突增");
			Map<String, Row> summary = rows(book.getSheet("总体指标"));
			assertThat(number(summary.get("受理投诉"), 1)).isEqualTo(4).isEqualTo(report.get("received").asDouble());
			assertThat(number(summary.get("期末未办结"), 1)).as("all six still open").isEqualTo(6);
			assertThat(summary.get("统计期间").getCell(1).getStringCellValue()).startsWith(week + "（" + monday);

			Map<String, String> topicNames = new HashMap<>();
			report.get("topics").forEach(t -> topicNames.put(t.get("topic").asString(), t.get("name").asString()));
			Map<String, Row> trends = rows(book.getSheet("问题类型趋势"));
			assertThat(trends).hasSize(2);
			assertThat(number(trends.get(topicNames.get("NOISE")), 1)).isEqualTo(3);
			assertThat(number(trends.get(topicNames.get("NOISE")), 2)).isCloseTo(2 / 8.0, within(1e-9));
			assertThat(number(trends.get(topicNames.get("GARBAGE")), 1)).isEqualTo(1);
			assertThat(number(trends.get(topicNames.get("GARBAGE")), 2)).isZero();

			Sheet spikes = book.getSheet("异常突增");
			assertThat(spikes.getLastRowNum()).as("the topic and the building").isEqualTo(2);
			Map<String, Row> byKind = rows(spikes);
			Row topic = byKind.get("问题类型");
			assertThat(topic.getCell(1).getStringCellValue()).isEqualTo(topicNames.get("NOISE"));
			assertThat(number(topic, 2)).isEqualTo(3);
			for (long id : noise) {
				String number = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("number").asString();
				assertThat(topic.getCell(4).getStringCellValue()).contains(number);
			}
			assertThat(byKind.get("楼栋").getCell(1).getStringCellValue()).isEqualTo("1栋");
		}

		MvcResult pdf = download("/api/v1/reports/weekly.pdf" + query, p.agent(), Map.of());
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		keep("weekly.pdf", pdf.getResponse().getContentAsByteArray());
		assertThat(pdfText(pdf.getResponse().getContentAsByteArray())).contains("周投诉趋势分析", projectName(), "异常突增")
			.containsPattern("受理投诉\\s+4\\s");
	}

	@Test
	void filesAreRefusedLikeTheReports() throws Exception {
		p = fixtures.project();
		ProjectFixture other = fixtures.project();
		List<String> paths = List.of("/api/v1/reports/monthly.xlsx?month=2026-11", "/api/v1/reports/monthly.pdf?month=2026-11",
				"/api/v1/reports/weekly.xlsx?week=2026-W47", "/api/v1/reports/weekly.pdf?week=2026-W47");
		for (String path : paths) {
			String url = path.replace("?", "?projectId=" + p.projectId() + "&");
			assertThat(get(url, other.manager()).status()).as(url).isEqualTo(404);
			assertThat(get(url, null).status()).as(url).isEqualTo(401);
			assertThat(download(url, p.agent(), Map.of()).getResponse().getStatus()).as(url).isEqualTo(200);
		}
		assertThat(get("/api/v1/reports/monthly.xlsx?month=2026-11", p.agent()).status()).as("company-wide: managers")
			.isEqualTo(403);
		assertThat(download("/api/v1/reports/monthly.xlsx?month=2026-11", p.manager(), Map.of()).getResponse()
			.getHeader("Content-Disposition")).contains("anju-monthly-2026-11-company.xlsx");
		for (String bad : List.of("2026-13", "november", "")) {
			Response problem = get("/api/v1/reports/monthly.pdf?projectId=" + p.projectId() + "&month=" + bad, p.manager());
			assertThat(problem.status()).isEqualTo(400);
			assertThat(problem.contentType()).startsWith("application/problem+json");
			assertThat(problem.body().toString()).contains("month");
		}
		get("/api/v1/reports/weekly.xlsx?projectId=" + p.projectId() + "&week=2026-W54", p.manager()).expect(400);

		String mobile = get("/api/v1/residents/" + p.residentIds().get(0), p.agent()).expect(200).get("mobile").asString();
		post("/api/v1/owner/login/code", null, Map.of("mobile", mobile)).expect(202);
		String token = post("/api/v1/owner/login", null, Map.of("mobile", mobile, "code", smsCode(mobile))).expect(200)
			.get("token").asString();
		int status = call(HttpMethod.GET, "/api/v1/reports/monthly.xlsx?projectId=" + p.projectId() + "&month=2026-11",
				null, null, Map.of("Authorization", "Bearer " + token)).status();
		assertThat(status).as("owners read no reports").isIn(401, 403);
	}

	@Test
	void withoutTheFontThereIsNoPdfButAClearProblem() {
		ReportPdf missing = new ReportPdf(templates, messages, clock, "/nonexistent/fonts/wqy-zenhei.ttc");
		assertThatThrownBy(() -> missing.render("月度投诉统计分析报告", "安居花园", "2026-11", List.of(), Locale.CHINA))
			.isInstanceOfSatisfying(PdfFontMissingException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(503);
				assertThat(ex.getBody().getDetail()).startsWith("PDF font not installed: /nonexistent/fonts/wqy-zenhei.ttc");
			});
		ReportPdf notAFont = new ReportPdf(templates, messages, clock, "pom.xml");
		assertThatThrownBy(() -> notAFont.render("月度投诉统计分析报告", "安居花园", "2026-11", List.of(), Locale.CHINA))
			.isInstanceOfSatisfying(PdfFontMissingException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(503);
				assertThat(ex.getBody().getDetail()).startsWith("PDF font not usable: pom.xml");
			});
	}

	@Test
	void theConsoleDownloadsForTheLoggedInStaff() throws Exception {
		p = fixtures.project();
		YearMonth month = YearMonth.now(clock);
		register(0, "PHONE", "WATER_LEAK", null);
		MockHttpSession session = login(p.supervisor());
		MvcResult xlsx = mvc.perform(MockMvcRequestBuilders
			.get("/reports/monthly.xlsx?projectId=" + p.projectId() + "&month=" + month).session(session)).andReturn();
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsx.getResponse().getContentType()).isEqualTo(XLSX);
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		try (XSSFWorkbook book = workbook(xlsx)) {
			assertThat(book.getSheetName(0)).isEqualTo("总体指标");
			assertThat(number(rows(book.getSheet("总体指标")).get("受理投诉"), 1)).isEqualTo(1);
		}
		MvcResult english = mvc.perform(MockMvcRequestBuilders
			.get("/reports/weekly.xlsx?projectId=" + p.projectId() + "&week=2026-W47&lang=en").session(session))
			.andReturn();
		try (XSSFWorkbook book = workbook(english)) {
			assertThat(book.getSheetName(1)).isEqualTo("Topic trends");
		}
		MvcResult pdf = mvc.perform(MockMvcRequestBuilders
			.get("/reports/weekly.pdf?projectId=" + p.projectId() + "&week=2026-W47").session(session)).andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		MvcResult bad = mvc.perform(MockMvcRequestBuilders
			.get("/reports/monthly.pdf?projectId=" + p.projectId() + "&month=2026-13").session(session)).andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		MvcResult hidden = mvc.perform(MockMvcRequestBuilders
			.get("/reports/monthly.xlsx?projectId=" + fixtures.project().projectId() + "&month=" + month).session(session))
			.andReturn();
		assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
		MvcResult anonymous = mvc.perform(MockMvcRequestBuilders.get("/reports/monthly.xlsx?month=" + month)).andReturn();
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	// --- the data: six complaints this month, two resolved by one staff member, one rated ---

	private YearMonth monthWithData() throws Exception {
		YearMonth month = YearMonth.now(clock);
		Instant start = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
		Duration elapsed = Duration.between(start, clock.instant().minusSeconds(60));
		String[][] spec = { { "0", "PHONE", "WATER_LEAK" }, { "1", "PHONE", "WATER_LEAK" }, { "2", "WECHAT", "NOISE" },
				{ "3", "WEB", "PROPERTY_FEE" }, { "0", "PHONE", "LIGHTING" }, { "1", "WECHAT", "GARBAGE" } };
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < spec.length; i++) {
			ids.add(register(Integer.parseInt(spec[i][0]), spec[i][1], spec[i][2],
					start.plus(elapsed.multipliedBy(i).dividedBy(spec.length))));
		}
		resolve(ids.get(0), p.staff());
		resolve(ids.get(1), p.staff());
		ratings.rate(ids.get(0), new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), "业主"), 5,
				true, "很满意");
		return month;
	}

	private long register(int resident, String channel, String topic, Instant receivedAt) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("residentId", p.residentIds().get(resident), "channel", channel,
				"content", "测试投诉：" + topic, "topic", topic));
		if (receivedAt != null) {
			body.put("receivedAt", receivedAt.toString());
		}
		return post("/api/v1/complaints", p.agent(), body).expect(201).get("id").asLong();
	}

	private void resolve(long id, String staff) throws Exception {
		String path = "/api/v1/complaints/" + id;
		long staffId = fixtures.staffId(staff);
		JsonNode complaint = get(path, p.agent()).expect(200);
		if ("RECEIVED".equals(complaint.get("status").asString())) {
			post(path + "/assign", p.agent(), Map.of("assigneeId", staffId, "department", "ENGINEERING")).expect(200);
		}
		else if (complaint.get("assigneeId") == null || complaint.get("assigneeId").asLong() != staffId) {
			post(path + "/reassign", p.supervisor(),
					Map.of("assigneeId", staffId, "department", "ENGINEERING", "reason", "转交处理")).expect(200);
		}
		post(path + "/start", staff, null).expect(200);
		post(path + "/resolve", staff, Map.of("summary", "已处理")).expect(200);
	}

	// --- reading the files ---

	private MvcResult download(String path, String user, Map<String, String> headers) throws Exception {
		var request = MockMvcRequestBuilders.get(path)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(user, PASSWORD));
		headers.forEach(request::header);
		return mvc.perform(request).andReturn();
	}

	private static XSSFWorkbook workbook(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	/** The data rows of a sheet by the text of their first cell. */
	private static Map<String, Row> rows(Sheet sheet) {
		Map<String, Row> rows = new HashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				rows.put(row.getCell(0).getStringCellValue(), row);
			}
		}
		return rows;
	}

	/** A numeric cell's value; fails on a text cell, so numbers must be real numbers. */
	private static double number(Row row, int column) {
		Cell cell = row.getCell(column);
		assertThat(cell).as("cell %d of %s", column, row.getCell(0)).isNotNull();
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		return cell.getNumericCellValue();
	}

	private static boolean percent(Cell cell) {
		return cell.getCellStyle().getDataFormatString().endsWith("%");
	}

	/** The text, after checking every font of every page is embedded and a Type 0 (CID) font. */
	private static String pdfText(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int fonts = 0;
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					fonts++;
				}
			}
			assertThat(fonts).isPositive();
			return new PDFTextStripper().getText(document);
		}
	}

	/** Keeps a file in target/report-files to look at. */
	private static void keep(String name, byte[] content) throws Exception {
		java.nio.file.Path dir = java.nio.file.Path.of("target", "report-files");
		java.nio.file.Files.createDirectories(dir);
		java.nio.file.Files.write(dir.resolve(name), content);
	}

	private String projectName() throws Exception {
		return get("/api/v1/projects/" + p.projectId(), ADMIN).expect(200).get("name").asString();
	}

	private MockHttpSession login(String username) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String smsCode(String mobile) {
		String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
				+ " and idempotency_key like 'portal-login:%'", String.class, mobile);
		Matcher code = Pattern.compile("\\d{6}").matcher(body);
		assertThat(code.find()).as(body).isTrue();
		return code.group();
	}

}
