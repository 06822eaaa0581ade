package org.anju.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

class ImportApiIT extends ApiTest {

	@MockitoSpyBean
	ResidentRepository residentRepository;

	@Test
	void workbookCreatesBuildingsUnitsHouseholdsAndResidentsAndReusesExistingOnes() throws Exception {
		ProjectFixture p = fixtures.project();

		JsonNode summary = upload(p.projectId(), p.manager(), "住户.xlsx", roster()).expect(200);

		assertThat(summary.get("rows").asInt()).isEqualTo(4);
		assertThat(summary.get("buildingsCreated").asInt()).isEqualTo(1);
		assertThat(summary.get("unitsCreated").asInt()).isEqualTo(1);
		assertThat(summary.get("householdsCreated").asInt()).isEqualTo(2);
		assertThat(summary.get("residentsCreated").asInt()).isEqualTo(3);
		assertThat(summary.get("residentsSkipped").asInt()).isEqualTo(0);
		assertThat(get("/api/v1/projects/" + p.projectId() + "/buildings", p.agent()).expect(200)
			.findValuesAsString("name")).containsExactly("1栋", "2栋", "3栋");
		long unitId = unitId(p.projectId(), "3栋", "2单元");
		JsonNode rooms = get("/api/v1/units/" + unitId + "/households", p.agent()).expect(200);
		assertThat(rooms.findValuesAsString("room")).containsExactly("1201", "1202");
		assertThat(rooms.get(0).get("label").asString()).isEqualTo("3栋2单元1201");
		assertThat(rooms.get(0).get("floor").asInt()).isEqualTo(12);
		assertThat(rooms.get(0).get("areaSqm").decimalValue()).isEqualByComparingTo("89.5");
		assertThat(rooms.get(1).get("floor").asInt()).isEqualTo(13);
		JsonNode residents = residents(rooms.get(0).get("id").asLong(), p.agent());
		assertThat(residents.findValuesAsString("name")).containsExactly("张三", "李四");
		JsonNode owner = residents.get(0);
		assertThat(owner.get("relation").asString()).isEqualTo("OWNER");
		assertThat(owner.get("mobile").asString()).isEqualTo("13800138000");
		assertThat(owner.get("email").asString()).isEqualTo("zhang@example.com");
		assertThat(owner.get("wechatOpenId").asString()).isEqualTo("o-zhang");
		assertThat(owner.get("preferredChannel").asString()).isEqualTo("WECHAT");
		assertThat(residents.get(1).get("relation").asString()).isEqualTo("FAMILY");
		assertThat(residents.get(1).get("preferredChannel").asString()).isEqualTo("PHONE");
		JsonNode existing = residents(p.householdIds().get(0), p.agent());
		assertThat(existing.findValuesAsString("name")).containsExactly("业主11", "王五");
		assertThat(existing.get(1).get("relation").asString()).isEqualTo("TENANT");
		assertThat(existing.get(1).get("preferredChannel").asString()).isEqualTo("SMS");
		assertThat(get("/api/v1/buildings/" + p.buildingIds().get(0) + "/units", p.agent()).expect(200).size())
			.isEqualTo(1);
	}

	@Test
	void reimportingTheSameFileCreatesNothingNew() throws Exception {
		ProjectFixture p = fixtures.project();
		upload(p.projectId(), p.manager(), "roster.xlsx", roster()).expect(200);

		JsonNode summary = upload(p.projectId(), ADMIN, "roster.xlsx", roster()).expect(200);

		assertThat(summary.get("rows").asInt()).isEqualTo(4);
		assertThat(summary.get("buildingsCreated").asInt()).isZero();
		assertThat(summary.get("unitsCreated").asInt()).isZero();
		assertThat(summary.get("householdsCreated").asInt()).isZero();
		assertThat(summary.get("residentsCreated").asInt()).isZero();
		assertThat(summary.get("residentsSkipped").asInt()).isEqualTo(3);
		JsonNode rooms = get("/api/v1/units/" + unitId(p.projectId(), "3栋", "2单元") + "/households", p.agent())
			.expect(200);
		assertThat(rooms.size()).isEqualTo(2);
		assertThat(residents(rooms.get(0).get("id").asLong(), p.agent()).size()).isEqualTo(2);
		assertThat(residents(p.householdIds().get(0), p.agent()).size()).isEqualTo(2);
	}

	@Test
	void csvMayBeUtf8WithByteOrderMarkOrGbk() throws Exception {
		ProjectFixture p = fixtures.project();
		String utf8 = "\uFEFFRoom,BUILDING,unit,Name,relation,mobile,Preferred_Channel\r\n"
				+ "801,6栋,1单元,陈七,owner,13700137000,app\r\n";
		String gbk = "楼栋,单元,房号,姓名,关系\r\n7栋,3单元,302,赵六,租户\r\n";

		upload(p.projectId(), p.manager(), "utf8.csv", utf8.getBytes(StandardCharsets.UTF_8)).expect(200);
		upload(p.projectId(), p.manager(), "gbk.csv", gbk.getBytes(Charset.forName("GBK"))).expect(200);

		JsonNode chen = residents(householdId(p.projectId(), "6栋", "1单元", "801"), p.agent()).get(0);
		assertThat(chen.get("name").asString()).isEqualTo("陈七");
		assertThat(chen.get("relation").asString()).isEqualTo("OWNER");
		assertThat(chen.get("mobile").asString()).isEqualTo("13700137000");
		assertThat(chen.get("preferredChannel").asString()).isEqualTo("APP");
		JsonNode zhao = residents(householdId(p.projectId(), "7栋", "3单元", "302"), p.agent()).get(0);
		assertThat(zhao.get("name").asString()).isEqualTo("赵六");
		assertThat(zhao.get("relation").asString()).isEqualTo("TENANT");
	}

	@Test
	void badRowsImportNothingAndAreEachReported() throws Exception {
		ProjectFixture p = fixtures.project();
		String csv = """
				楼栋,单元,房号,楼层,姓名,关系,手机
				8栋,1单元,101,1,甲,业主,12345
				8栋,1单元,102,1,乙,房东,13800000001
				8栋,1单元,,1,丙,业主,13800000002
				8栋,1单元,104,一楼,丁,业主,13800000003
				8栋,1单元,105,1,戊,业主,13800000004
				8栋,1单元,105,1,戊,业主,13800000004
				""";

		var response = upload(p.projectId(), p.manager(), "roster.csv", csv.getBytes(StandardCharsets.UTF_8));

		JsonNode problem = response.expect(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
		assertThat(problem.get("detail").asString()).isEqualTo("5 rows are invalid; nothing was imported");
		List<JsonNode> errors = new ArrayList<>();
		problem.get("errors").forEach(errors::add);
		assertThat(errors).extracting(e -> e.get("row").asInt(), e -> e.get("column").asString())
			.containsExactly(tuple(2, "手机"), tuple(3, "关系"), tuple(4, "房号"), tuple(5, "楼层"), tuple(7, "姓名"));
		assertThat(errors).extracting(e -> e.get("reason").asString())
			.satisfiesExactly(r -> assertThat(r).contains("11-digit"), r -> assertThat(r).contains("业主"),
					r -> assertThat(r).contains("required"), r -> assertThat(r).contains("whole number"),
					r -> assertThat(r).contains("row 6"));
		assertThat(buildingNames(p)).doesNotContain("8栋");
	}

	@Test
	void missingRequiredColumnsAreNamed() throws Exception {
		ProjectFixture p = fixtures.project();

		JsonNode problem = upload(p.projectId(), p.manager(), "roster.csv",
				"楼栋,姓名\n9栋,张三\n".getBytes(StandardCharsets.UTF_8)).expect(400);

		assertThat(problem.get("detail").asString()).contains("单元/unit").contains("房号/room");
		assertThat(problem.get("errors").findValuesAsString("column")).containsExactly("单元/unit", "房号/room");
		assertThat(buildingNames(p)).doesNotContain("9栋");
	}

	@Test
	void fileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		byte[] csv = "楼栋,单元,房号\n9栋,1单元,101\n".getBytes(StandardCharsets.UTF_8);

		JsonNode fake = upload(p.projectId(), p.manager(), "roster.xlsx", csv).expect(400);
		JsonNode text = upload(p.projectId(), p.manager(), "roster.txt", csv).expect(400);

		assertThat(fake.get("detail").asString()).contains("not an Excel workbook");
		assertThat(text.get("detail").asString()).contains(".xlsx").contains(".csv");
		assertThat(buildingNames(p)).doesNotContain("9栋");
	}

	@Test
	void aDatabaseFailureLeavesNothingBehind() throws Exception {
		ProjectFixture p = fixtures.project();
		doThrow(new DataIntegrityViolationException("simulated")).when(residentRepository).save(any());

		upload(p.projectId(), p.manager(), "roster.xlsx", roster()).expect(409);

		assertThat(buildingNames(p)).containsExactly("1栋", "2栋");
		assertThat(residents(p.householdIds().get(0), p.agent()).size()).isEqualTo(1);
	}

	@Test
	void agentsMayNotImport() throws Exception {
		ProjectFixture p = fixtures.project();

		upload(p.projectId(), p.agent(), "roster.xlsx", roster()).expect(403);

		assertThat(buildingNames(p)).containsExactly("1栋", "2栋");
	}

	@Test
	void managerOfAnotherProjectGetsNotFound() throws Exception {
		ProjectFixture p = fixtures.project();
		ProjectFixture other = fixtures.project();

		upload(p.projectId(), other.manager(), "roster.xlsx", roster()).expect(404);

		assertThat(buildingNames(p)).containsExactly("1栋", "2栋");
	}

	/** Headers in mixed languages and case; numbers typed as numbers; one blank row; one existing household. */
	private static byte[] roster() throws IOException {
		return xlsx(List.of("Building", "单元", "房号", "楼层", "面积", "姓名", "关系", "手机", "邮箱", "微信OpenID", "首选渠道"),
				Arrays.asList("3栋", "2单元", 1201, 12, 89.5, "张三", "业主", 13800138000d, "zhang@example.com", "o-zhang",
						"微信"),
				Arrays.asList("3栋", "2单元", "1201", null, null, "李四", "家属", "13900139000"),
				List.of(),
				Arrays.asList("3栋", "2单元", 1202, 13),
				Arrays.asList("1栋", "1单元", 1101, null, null, "王五", "TENANT", null, null, null, "SMS"));
	}

	@SafeVarargs
	private static byte[] xlsx(List<?>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("住户");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].size(); c++) {
					Object value = rows[r].get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private Response upload(long projectId, String user, String fileName, byte[] content) throws Exception {
		var request = MockMvcRequestBuilders.multipart("/api/v1/projects/" + projectId + "/imports")
			.file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.with(httpBasic(user, ADMIN.equals(user) ? "test-admin-pw" : PASSWORD));
		return new Response(mvc.perform(request).andReturn());
	}

	private List<String> buildingNames(ProjectFixture p) throws Exception {
		return get("/api/v1/projects/" + p.projectId() + "/buildings", p.manager()).expect(200)
			.findValuesAsString("name");
	}

	private long unitId(long projectId, String building, String unit) throws Exception {
		long buildingId = idOf(get("/api/v1/projects/" + projectId + "/buildings", ADMIN).expect(200), "name",
				building);
		return idOf(get("/api/v1/buildings/" + buildingId + "/units", ADMIN).expect(200), "name", unit);
	}

	private long householdId(long projectId, String building, String unit, String room) throws Exception {
		return idOf(get("/api/v1/units/" + unitId(projectId, building, unit) + "/households", ADMIN).expect(200),
				"room", room);
	}

	private JsonNode residents(long householdId, String user) throws Exception {
		return get("/api/v1/households/" + householdId + "/residents", user).expect(200);
	}

	private static long idOf(JsonNode list, String field, String value) {
		for (JsonNode node : list) {
			if (node.get(field).asString().equals(value)) {
				return node.get("id").asLong();
			}
		}
		throw new AssertionError("no " + field + " " + value + " in " + list);
	}

}
