package org.anju.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * 12345 work orders: imported as JSON or as an exported file (GBK CSV, XLSX) into triaged and
 * assigned complaints that keep the order number and answer to the city's deadline when it is
 * the stricter one; replays, merges, quarantined rows, replies to the city and the list of orders
 * still to answer.
 */
class CityOrderIntakeIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final String ORDERS = "/api/v1/intake/city-orders";

	static final String LIGHTS = "1栋1单元的楼道灯坏了好几天了，晚上黑漆漆的";

	static final String[] HEADER = { "工单编号", "受理时间", "办结时限", "来电人", "联系电话", "地址", "诉求内容", "诉求类别" };

	/** The shipped resolution policies, by urgency. */
	static final Map<String, Duration> OUR_RESOLUTION = Map.of("NORMAL", Duration.ofHours(48), "URGENT",
			Duration.ofHours(24), "EMERGENCY", Duration.ofHours(4));

	ProjectFixture p;

	Instant now;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	Map<String, Object> order(String number, String phone, Instant receivedAt, Instant dueAt) {
		Map<String, Object> order = new HashMap<>(Map.of("projectId", p.projectId(), "orderNumber", number,
				"receivedAt", receivedAt.toString(), "dueAt", dueAt.toString(), "callerName", "市民王先生",
				"callerPhone", phone, "address", "安居花园1栋1单元", "content", LIGHTS));
		order.put("category", "物业管理");
		return order;
	}

	JsonNode complaint(JsonNode imported) throws Exception {
		return get("/api/v1/complaints/" + imported.get("complaintId").asLong(), p.agent()).expect(200);
	}

	Instant resolutionDue(JsonNode imported) throws Exception {
		return Instant.parse(get("/api/v1/complaints/" + imported.get("complaintId").asLong() + "/deadlines", p.agent())
			.expect(200).get("resolutionDue").asString());
	}

	String mobileOf(ProjectFixture project, int household) throws Exception {
		return get("/api/v1/households/" + project.householdIds().get(household) + "/residents", project.agent())
			.expect(200).get(0).get("mobile").asString();
	}

	static boolean absent(JsonNode node, String field) {
		return node.path(field).isMissingNode() || node.path(field).isNull();
	}

	static String local(Instant instant, String pattern) {
		return LocalDateTime.ofInstant(instant, SHANGHAI).format(DateTimeFormatter.ofPattern(pattern));
	}

	static String csv(Object[]... rows) throws IOException {
		StringBuilder out = new StringBuilder();
		for (Object[] row : rows) {
			CSVFormat.DEFAULT.printRecord(out, row);
		}
		return out.toString();
	}

	@Test
	void anOrderBecomesATriagedAssignedComplaintThatAnswersToTheCitysStricterDeadline() throws Exception {
		String number = unique("GD");
		Instant received = now.minus(Duration.ofMinutes(20));
		Instant due = now.plus(Duration.ofHours(3));

		JsonNode imported = post(ORDERS, p.agent(), order(number, mobileOf(p, 0), received, due)).expect(201);

		assertThat(imported.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(imported.get("orderNumber").asString()).isEqualTo(number);
		assertThat(imported.get("merged").asBoolean()).isFalse();
		assertThat(Instant.parse(imported.get("dueAt").asString())).isEqualTo(due);
		JsonNode c = complaint(imported);
		assertThat(c.get("number").asString()).isEqualTo(imported.get("number").asString());
		assertThat(c.get("channel").asString()).isEqualTo("HOTLINE_12345");
		assertThat(c.get("externalRef").asString()).isEqualTo(number);
		assertThat(Instant.parse(c.get("externalDue").asString())).isEqualTo(due);
		assertThat(Instant.parse(c.get("receivedAt").asString())).isEqualTo(received);
		assertThat(c.get("complainant").get("residentId").asLong()).isEqualTo(p.residentIds().get(0));
		assertThat(c.get("location").asString()).isEqualTo("安居花园1栋1单元");
		assertThat(c.get("topic").asString()).isEqualTo("LIGHTING");
		assertThat(c.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(c.get("assigneeId").asLong()).isEqualTo(fixtures.staffId(p.staff()));
		assertThat(resolutionDue(imported)).isEqualTo(due);
		JsonNode message = get("/api/v1/intake/messages/" + imported.get("messageId").asLong(), p.agent()).expect(200);
		assertThat(message.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(message.get("externalId").asString()).isEqualTo(number);
	}

	@Test
	void aCityDeadlineLaterThanOursLeavesOursAndAStrangerIsKnownByWhatTheOrderGives() throws Exception {
		Instant received = now.minus(Duration.ofMinutes(20));

		JsonNode imported = post(ORDERS, p.agent(),
				order(unique("GD"), "13700001111", received, now.plus(Duration.ofDays(10)))).expect(201);

		JsonNode c = complaint(imported);
		assertThat(resolutionDue(imported)).isEqualTo(received.plus(OUR_RESOLUTION.get(c.get("urgency").asString())));
		JsonNode caller = c.get("complainant");
		assertThat(absent(caller, "residentId")).isTrue();
		assertThat(caller.get("name").asString()).isEqualTo("市民王先生");
		assertThat(caller.get("phone").asString()).isEqualTo("13700001111");
		assertThat(caller.get("address").asString()).isEqualTo("安居花园1栋1单元");
	}

	@Test
	void aResidentOfAnotherProjectIsAStrangerHere() throws Exception {
		ProjectFixture other = fixtures.project();

		JsonNode imported = post(ORDERS, p.agent(),
				order(unique("GD"), mobileOf(other, 0), now.minusSeconds(60), now.plus(Duration.ofHours(5)))).expect(201);

		assertThat(absent(complaint(imported).get("complainant"), "residentId")).isTrue();
	}

	@Test
	void importingTheSameOrderAgainIsAReplayNotASecondComplaint() throws Exception {
		Map<String, Object> order = order(unique("GD"), "13700002222", now.minusSeconds(600),
				now.plus(Duration.ofHours(5)));
		JsonNode first = post(ORDERS, p.agent(), order).expect(201);

		JsonNode again = post(ORDERS, p.supervisor(), order).expect(200);

		assertThat(again.get("status").asString()).isEqualTo("REPLAY");
		assertThat(again.get("complaintId").asLong()).isEqualTo(first.get("complaintId").asLong());
		assertThat(again.get("number").asString()).isEqualTo(first.get("number").asString());
		assertThat(get("/api/v1/complaints?projectId=" + p.projectId() + "&channel=HOTLINE_12345", p.agent())
			.expect(200).get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void anOrderMergedIntoAnOpenComplaintGivesItTheStricterDeadline() throws Exception {
		Instant received = now.minusSeconds(600);
		String firstNumber = unique("GD");
		String secondNumber = unique("GD");
		JsonNode first = post(ORDERS, p.agent(),
				order(firstNumber, "13700003333", received, now.plus(Duration.ofDays(10)))).expect(201);
		Instant stricter = now.plus(Duration.ofHours(2));

		JsonNode second = post(ORDERS, p.agent(), order(secondNumber, "13700003333", received, stricter)).expect(201);

		assertThat(second.get("status").asString()).isEqualTo("MERGED");
		assertThat(second.get("merged").asBoolean()).isTrue();
		assertThat(second.get("complaintId").asLong()).isEqualTo(first.get("complaintId").asLong());
		JsonNode c = complaint(first);
		assertThat(c.get("externalRef").asString()).isEqualTo(firstNumber);
		assertThat(Instant.parse(c.get("externalDue").asString())).isEqualTo(stricter);
		assertThat(resolutionDue(first)).isEqualTo(stricter);
		assertThat(get("/api/v1/complaints/" + first.get("complaintId").asLong() + "/timeline", p.agent()).expect(200)
			.findValuesAsString("message")).contains("并入外部工单 " + secondNumber);
		assertThat(get(ORDERS + "?projectId=" + p.projectId(), p.agent()).expect(200)
			.findValuesAsString("orderNumber")).containsExactlyInAnyOrder(firstNumber, secondNumber);
	}

	@Test
	void aGbkCsvExportTakesTheGoodRowsAndQuarantinesTheBadOneWithItsRawRow() throws Exception {
		String good = unique("GD");
		String bad = unique("GD");
		String dateOnly = unique("GD");
		String received = local(now.minus(Duration.ofHours(1)), "uuuu/M/d H:mm");
		String due = local(now.plus(Duration.ofDays(1)), "uuuu/M/d H:mm");
		Object[] badRow = { bad, received, "", "赵先生", "13700005555", "2栋", "小区门口垃圾没人清理", "" };
		Object[][] rows = { HEADER, { good, received, due, "李女士", "13700004444", "2栋1单元", LIGHTS, "照明" }, badRow,
				{ dateOnly, received, local(now.plus(Duration.ofDays(1)), "uuuu-MM-dd"), "钱先生", "13700006666", "1栋",
						"地下车库的灯全灭了，什么都看不见", "" } };

		JsonNode result = upload(p.agent(), "12345工单.csv", csv(rows).getBytes(Charset.forName("GBK"))).expect(200);

		assertThat(result.get("rows").asInt()).isEqualTo(3);
		assertThat(result.get("accepted").asInt()).isEqualTo(2);
		assertThat(result.get("quarantined").asInt()).isEqualTo(1);
		JsonNode results = result.get("results");
		assertThat(results.findValuesAsString("status")).containsExactly("ACCEPTED", "QUARANTINED", "ACCEPTED");
		JsonNode refused = results.get(1);
		assertThat(refused.get("row").asInt()).isEqualTo(3);
		assertThat(refused.get("orderNumber").asString()).isEqualTo(bad);
		assertThat(refused.get("reason").asString()).contains("row 3", "dueAt is required");
		assertThat(absent(refused, "complaintNumber")).isTrue();
		JsonNode accepted = get("/api/v1/complaints/" + results.get(0).get("complaintId").asLong(), p.agent())
			.expect(200);
		assertThat(accepted.get("externalRef").asString()).isEqualTo(good);
		assertThat(accepted.get("number").asString()).isEqualTo(results.get(0).get("complaintNumber").asString());
		assertThat(accepted.get("complainant").get("name").asString()).isEqualTo("李女士");
		JsonNode byDate = get("/api/v1/complaints/" + results.get(2).get("complaintId").asLong(), p.agent()).expect(200);
		assertThat(LocalDateTime.ofInstant(Instant.parse(byDate.get("externalDue").asString()), SHANGHAI)
			.toLocalTime()).hasToString("23:59:59");

		long messageId = refused.get("messageId").asLong();
		JsonNode message = get("/api/v1/intake/messages/" + messageId, ADMIN).expect(200);
		assertThat(message.get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(message.get("channel").asString()).isEqualTo("HOTLINE_12345");
		assertThat(message.get("reason").asString()).contains("dueAt is required");
		assertThat(get("/api/v1/intake/messages", ADMIN).expect(200).findValuesAsString("subject"))
			.contains("12345 工单 " + bad);
		Response raw = get("/api/v1/intake/messages/" + messageId + "/raw", ADMIN);
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.result().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("工单编号", bad, "赵先生", "小区门口垃圾没人清理");

		badRow[2] = due;
		JsonNode corrected = upload(p.agent(), "12345工单.csv", csv(rows).getBytes(StandardCharsets.UTF_8)).expect(200);

		assertThat(corrected.get("results").findValuesAsString("status")).containsExactly("REPLAY", "ACCEPTED", "REPLAY");
	}

	@Test
	void anXlsxExportWithDateCellsAndEnglishHeaders() throws Exception {
		String good = unique("GD");
		String bad = unique("GD");
		String seen = unique("GD");
		post(ORDERS, p.agent(), order(seen, "13700007777", now.minusSeconds(60), now.plus(Duration.ofHours(5))))
			.expect(201);
		LocalDateTime received = LocalDateTime.ofInstant(now.minus(Duration.ofHours(2)), SHANGHAI);
		LocalDateTime due = LocalDateTime.ofInstant(now.plus(Duration.ofHours(6)), SHANGHAI);
		Object[][] rows = { { "orderNumber", "receivedAt", "dueAt", "callerName", "callerPhone", "address", "content" },
				{ good, received, due, "孙女士", "13700008888", "2栋", LIGHTS },
				{ bad, "昨天下午", due, "周先生", "13700009999", "1栋", "电梯又坏了" },
				{ seen, received, due, "市民王先生", "13700007777", "1栋", LIGHTS } };

		JsonNode result = upload(p.supervisor(), "orders.xlsx", workbook(rows)).expect(200);

		JsonNode results = result.get("results");
		assertThat(results.findValuesAsString("status")).containsExactly("ACCEPTED", "QUARANTINED", "REPLAY");
		assertThat(results.get(1).get("reason").asString()).contains("receivedAt");
		JsonNode c = get("/api/v1/complaints/" + results.get(0).get("complaintId").asLong(), p.agent()).expect(200);
		assertThat(Instant.parse(c.get("receivedAt").asString())).isEqualTo(received.atZone(SHANGHAI).toInstant());
		assertThat(Instant.parse(c.get("externalDue").asString())).isEqualTo(due.atZone(SHANGHAI).toInstant());
		String raw = get("/api/v1/intake/messages/" + results.get(1).get("messageId").asLong() + "/raw", ADMIN)
			.result().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(raw).contains("orderNumber", bad, "昨天下午", "电梯又坏了");
	}

	@Test
	void aFileThatCannotBeReadIsRefusedWhole() throws Exception {
		assertThat(upload(p.agent(), "orders.csv", "工单编号,地址\nGD1,1栋\n".getBytes(StandardCharsets.UTF_8))
			.expect(400).toString()).contains("办结时限/dueAt");
		upload(p.agent(), "orders.txt", "x".getBytes(StandardCharsets.UTF_8)).expect(400);
		upload(p.agent(), "orders.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)).expect(400);
		upload(p.agent(), "orders.csv", csv(HEADER).getBytes(StandardCharsets.UTF_8)).expect(400);
	}

	@Test
	void theReplyToTheCityIsRecordedOnceAndOnTheTimeline() throws Exception {
		String number = unique("GD");
		JsonNode imported = post(ORDERS, p.agent(),
				order(number, "13700001212", now.minusSeconds(600), now.plus(Duration.ofHours(5)))).expect(201);
		String reply = ORDERS + "/" + number + "/reply";

		JsonNode answered = post(reply, p.agent(), Map.of("text", "已派工程部更换楼道灯，已回访来电人，表示满意")).expect(200);

		assertThat(answered.get("reply").asString()).isEqualTo("已派工程部更换楼道灯，已回访来电人，表示满意");
		assertThat(answered.get("repliedBy").asString()).isEqualTo(p.agent());
		assertThat(Instant.parse(answered.get("repliedAt").asString())).isAfterOrEqualTo(now);
		assertThat(answered.get("complaintNumber").asString()).isEqualTo(imported.get("number").asString());
		assertThat(answered.get("late").asBoolean()).isFalse();
		assertThat(get("/api/v1/complaints/" + imported.get("complaintId").asLong() + "/timeline", p.agent())
			.expect(200).findValuesAsString("message")).anyMatch(m -> m.contains(number) && m.contains("已回访来电人"));

		assertThat(post(reply, p.manager(), Map.of("text", "再答一次")).expect(409).toString()).contains(p.agent());
		post(ORDERS + "/" + unique("NONE") + "/reply", p.agent(), Map.of("text", "?")).expect(404);
		post(reply, fixtures.project().agent(), Map.of("text", "别的项目")).expect(404);
		post(reply, p.staff(), Map.of("text", "员工")).expect(403);
		post(reply, p.agent(), Map.of("text", " ")).expect(400);
	}

	@Test
	void theListShowsWhatIsStillToAnswerWithTheOverdueFlagged() throws Exception {
		String overdue = unique("GD");
		String pending = unique("GD");
		String answered = unique("GD");
		post(ORDERS, p.agent(), order(overdue, "13700002323", now.minus(Duration.ofHours(5)),
				now.minus(Duration.ofHours(1)))).expect(201);
		post(ORDERS, p.agent(), order(pending, "13700003434", now.minusSeconds(60), now.plus(Duration.ofDays(2))))
			.expect(201);
		post(ORDERS, p.agent(), order(answered, "13700004545", now.minusSeconds(60), now.plus(Duration.ofDays(1))))
			.expect(201);
		post(ORDERS + "/" + answered + "/reply", p.agent(), Map.of("text", "已处理")).expect(200);

		JsonNode open = get(ORDERS + "?projectId=" + p.projectId() + "&replied=false", p.agent()).expect(200);

		assertThat(open.findValuesAsString("orderNumber")).containsExactly(overdue, pending);
		assertThat(open.get(0).get("overdue").asBoolean()).isTrue();
		assertThat(open.get(1).get("overdue").asBoolean()).isFalse();
		assertThat(open.get(0).get("complaintStatus").asString()).isEqualTo("ASSIGNED");
		assertThat(open.get(0).get("category").asString()).isEqualTo("物业管理");
		assertThat(get(ORDERS + "?projectId=" + p.projectId() + "&replied=true", p.agent()).expect(200)
			.findValuesAsString("orderNumber")).containsExactly(answered);

		JsonNode late = post(ORDERS + "/" + overdue + "/reply", p.agent(), Map.of("text", "已处理")).expect(200);
		assertThat(late.get("late").asBoolean()).isTrue();
		assertThat(late.get("overdue").asBoolean()).isFalse();
		get(ORDERS + "?projectId=" + p.projectId(), p.staff()).expect(403);
		get(ORDERS + "?projectId=" + p.projectId(), fixtures.project().agent()).expect(404);
	}

	@Test
	void refusedRequestsKeepNothing() throws Exception {
		Map<String, Object> order = order(unique("GD"), "13700005656", now.minusSeconds(60),
				now.plus(Duration.ofHours(5)));
		post(ORDERS, p.staff(), order).expect(403);
		upload(p.staff(), "orders.csv", csv(HEADER).getBytes(StandardCharsets.UTF_8)).expect(403);
		ProjectFixture other = fixtures.project();
		post(ORDERS, other.agent(), order).expect(404);
		upload(other.agent(), "orders.csv", csv(HEADER).getBytes(StandardCharsets.UTF_8)).expect(404);

		Map<String, Object> incomplete = new HashMap<>(order);
		incomplete.remove("dueAt");
		incomplete.remove("callerPhone");
		incomplete.put("receivedAt", "昨天");
		assertThat(post(ORDERS, p.agent(), incomplete).expect(400).get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("dueAt", "callerPhone", "receivedAt");
		Map<String, Object> backwards = new HashMap<>(order);
		backwards.put("dueAt", now.minus(Duration.ofHours(1)).toString());
		assertThat(post(ORDERS, p.agent(), backwards).expect(400).get("errors").findValuesAsString("field"))
			.containsExactly("dueAt");
		Map<String, Object> future = new HashMap<>(order);
		future.put("receivedAt", now.plus(Duration.ofHours(1)).toString());
		future.put("dueAt", now.plus(Duration.ofHours(9)).toString());
		assertThat(post(ORDERS, p.agent(), future).expect(400).get("errors").findValuesAsString("field"))
			.containsExactly("receivedAt");
		Map<String, Object> noProject = new HashMap<>(order);
		noProject.remove("projectId");
		post(ORDERS, p.agent(), noProject).expect(400);
		post(ORDERS, p.agent(), "[1, 2]").expect(400);

		assertThat(post(ORDERS, p.agent(), order).expect(201).get("status").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void anOrderAnotherProjectImportedIsQuarantinedAndRevealsNothing() throws Exception {
		ProjectFixture other = fixtures.project();
		Map<String, Object> order = order(unique("GD"), "13700006767", now.minusSeconds(60),
				now.plus(Duration.ofHours(5)));
		post(ORDERS, p.agent(), order).expect(201);
		order.put("projectId", other.projectId());

		JsonNode refused = post(ORDERS, other.agent(), order).expect(202);

		assertThat(refused.get("status").asString()).isEqualTo("QUARANTINED");
		assertThat(refused.get("reason").asString()).contains("another project");
		assertThat(absent(refused, "complaintId")).isTrue();
		assertThat(absent(refused, "number")).isTrue();
		assertThat(get("/api/v1/intake/messages/" + refused.get("messageId").asLong(), other.agent()).expect(200)
			.get("status").asString()).isEqualTo("QUARANTINED");
	}

	private static byte[] workbook(Object[][] rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle dates = book.createCellStyle();
			dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			Sheet sheet = book.createSheet("工单");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof LocalDateTime time) {
						row.createCell(c).setCellValue(time);
						row.getCell(c).setCellStyle(dates);
					}
					else {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private Response upload(String user, String fileName, byte[] content) throws Exception {
		var request = MockMvcRequestBuilders.multipart(ORDERS + "/batch")
			.file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
			.param("projectId", String.valueOf(p.projectId()))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.with(httpBasic(user, ADMIN.equals(user) ? "test-admin-pw" : PASSWORD));
		return new Response(mvc.perform(request).andReturn());
	}

}
