package org.anju.notification;

import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Mass notices reach every household, with a delivery record each, and show who could not be reached. */
class NoticeIT extends ApiTest {

	@Autowired
	Notices notices;

	@Autowired
	Postman postman;

	@Test
	void aNoticeToAThousandHouseholdsLeavesADeliveryRecordForEach() throws Exception {
		ProjectFixture p = fixtures.project();
		StringBuilder csv = new StringBuilder("楼栋,单元,房号,姓名,关系,手机\n");
		for (int i = 0; i < 1000; i++) {
			csv.append("10").append(i / 100).append("栋,1单元,").append(100 + i % 100).append(",住户").append(i)
				.append(",业主,1").append(String.format("%010d", 3_000_000_000L + i)).append('\n');
		}
		var imported = mvc.perform(multipart("/api/v1/projects/" + p.projectId() + "/imports")
			.file(new MockMultipartFile("file", "roster.csv", "text/csv", csv.toString().getBytes("UTF-8")))
			.with(httpBasic(p.manager(), PASSWORD))).andReturn().getResponse();
		assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);

		JsonNode notice = post("/api/v1/projects/" + p.projectId() + "/notices", p.agent(), Map.of("kind", "WATER_CUT",
				"title", "停水通知", "body", "明天9:00-12:00全小区停水，请提前储水。")).expect(201);
		notices.sendDue();
		while (postman.deliver() > 0) {
			// until every message is out
		}
		JsonNode report = get("/api/v1/notices/" + notice.get("id").asLong(), p.agent()).expect(200);
		assertThat(report.get("status").asString()).isEqualTo("SENT");
		assertThat(report.get("households").asInt()).isEqualTo(1004); // the import's 1,000 and the fixture's 4
		assertThat(report.get("reached").asLong()).isEqualTo(1004);
		assertThat(report.get("reachRate").asDouble()).isEqualTo(1.0);
		assertThat(report.get("byChannel").get("SMS").asLong()).isEqualTo(1004);
		JsonNode deliveries = get("/api/v1/notices/" + notice.get("id").asLong() + "/deliveries", p.agent()).expect(200);
		assertThat(deliveries.size()).isEqualTo(1004);
		assertThat(deliveries.get(0).get("channel").asString()).isEqualTo("SMS");
		assertThat(deliveries.get(0).get("at")).isNotNull();
	}

	@Test
	void aNoticeToOneBuildingListsWhomToCallAndIsEvidenceOnTheHousehold() throws Exception {
		ProjectFixture p = fixtures.project();
		long household = p.householdIds().get(1);
		post("/api/v1/households/" + household + "/residents", p.agent(), Map.of("name", "张奶奶", "relation", "FAMILY"))
			.expect(201);
		long silent = p.householdIds().get(0);
		put("/api/v1/residents/" + p.residentIds().get(0), p.agent(),
				Map.of("details", Map.of("name", "李爷爷", "relation", "OWNER"))).expect(200);
		JsonNode notice = post("/api/v1/projects/" + p.projectId() + "/notices", p.agent(), Map.of("kind", "DOOR_CODE",
				"title", "门禁密码变更", "body", "1栋单元门密码明天起更换。", "buildingIds", Set.of(p.buildingIds().get(0))))
			.expect(201);
		notices.sendDue();
		while (postman.deliver() > 0) {
			// until every message is out
		}
		JsonNode report = get("/api/v1/notices/" + notice.get("id").asLong(), p.agent()).expect(200);
		assertThat(report.get("households").asInt()).isEqualTo(2);
		assertThat(report.get("reached").asLong()).isEqualTo(1);
		JsonNode toCall = get("/api/v1/notices/" + notice.get("id").asLong() + "/deliveries?reached=false", p.agent())
			.expect(200);
		assertThat(toCall.findValuesAsString("householdId")).containsExactly(String.valueOf(silent));

		JsonNode evidence = get("/api/v1/households/" + household + "/notices", p.agent()).expect(200);
		assertThat(evidence.get(0).get("title").asString()).isEqualTo("门禁密码变更");
		assertThat(evidence.get(0).get("deliveries").findValuesAsString("status")).contains("SENT");
		assertThat(get("/api/v1/projects/" + p.projectId() + "/contact-problems", p.agent()).expect(200)
			.findValuesAsString("problem")).containsExactly("NO_CONTACT");

		ProjectFixture other = fixtures.project();
		get("/api/v1/notices/" + notice.get("id").asLong(), other.agent()).expect(404);
		get("/api/v1/households/" + household + "/notices", other.agent()).expect(404);
		post("/api/v1/projects/" + p.projectId() + "/notices", p.staff(), Map.of("kind", "OTHER", "title", "x", "body", "y"))
			.expect(403);
		post("/api/v1/projects/" + p.projectId() + "/notices", p.agent(), Map.of("kind", "OTHER", "title", "", "body", "y"))
			.expect(400);
	}

}
