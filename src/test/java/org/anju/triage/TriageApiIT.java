package org.anju.triage;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The triage preview, the taxonomy as configuration and the routing table, over the API. */
class TriageApiIT extends ApiTest {

	@Test
	void previewAnswersTopicCategoryDepartmentUrgencyConfidenceAndFlags() throws Exception {
		ProjectFixture p = fixtures.project();
		JsonNode result = post("/api/v1/triage/preview", p.agent(),
				Map.of("text", "救命！电梯困人了，3栋2单元，我妈被关在里面出不来！！")).expect(200);
		assertThat(result.get("topic").asString()).isEqualTo("ELEVATOR_ENTRAPMENT");
		assertThat(result.get("category").asString()).isEqualTo("FACILITY");
		assertThat(result.get("department").asString()).isEqualTo("ENGINEERING");
		assertThat(result.get("urgency").asString()).isEqualTo("EMERGENCY");
		assertThat(result.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(result.get("flags").isArray()).isTrue();
		assertThat(result.get("flags").toString()).contains("HIGH_EMOTION");
	}

	@Test
	void badTextIsRefusedOrFallsBack() throws Exception {
		ProjectFixture p = fixtures.project();
		JsonNode problem = post("/api/v1/triage/preview", p.agent(), Map.of("text", "   ")).expect(400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("text");
		post("/api/v1/triage/preview", p.agent(), Map.of()).expect(400);
		JsonNode english = post("/api/v1/triage/preview", p.agent(), Map.of("text", "hello 👋")).expect(200);
		assertThat(english.get("topic").asString()).isEqualTo("OTHER");
		assertThat(english.get("flags").toString()).contains("LOW_CONFIDENCE");
		JsonNode longText = post("/api/v1/triage/preview", p.agent(),
				Map.of("text", "小区垃圾桶满了没人清运，臭气熏天。" + "啊".repeat(19_000))).expect(200);
		assertThat(longText.get("topic").asString()).isEqualTo("GARBAGE");
		post("/api/v1/triage/preview", null, Map.of("text", "垃圾没人收")).expect(401);
	}

	@Test
	void projectRoutingOverridesTheDepartment() throws Exception {
		ProjectFixture p = fixtures.project();
		String routes = "/api/v1/projects/" + p.projectId() + "/routes/NOISE";
		put(routes, p.agent(), Map.of("department", "ENVIRONMENT")).expect(403);
		put(routes, p.manager(), Map.of("department", "KITCHEN")).expect(400);
		put(routes, p.manager(), Map.of("department", "ENVIRONMENT")).expect(200);
		JsonNode routed = post("/api/v1/triage/preview", p.agent(),
				Map.of("text", "楼上每天晚上十二点还在蹦迪，吵得睡不着", "projectId", p.projectId())).expect(200);
		assertThat(routed.get("topic").asString()).isEqualTo("NOISE");
		assertThat(routed.get("department").asString()).isEqualTo("ENVIRONMENT");
		JsonNode unrouted = post("/api/v1/triage/preview", p.agent(),
				Map.of("text", "楼上每天晚上十二点还在蹦迪，吵得睡不着")).expect(200);
		assertThat(unrouted.get("department").asString()).isEqualTo("SECURITY");
		assertThat(get("/api/v1/projects/" + p.projectId() + "/routes", p.agent()).expect(200).findValuesAsString("topic"))
			.containsExactly("NOISE");
		call(org.springframework.http.HttpMethod.DELETE, routes, p.manager(), null).expect(204);
		ProjectFixture other = fixtures.project();
		get("/api/v1/projects/" + p.projectId() + "/routes", other.manager()).expect(404);
	}

	@Test
	void administratorsAddAndRenameTopicsWithoutARelease() throws Exception {
		ProjectFixture p = fixtures.project();
		String code = unique("TOPIC").toUpperCase().replace("X", "_");
		Map<String, Object> topic = Map.of("code", code, "category", "OTHER", "department", "FINANCE", "urgency",
				"NORMAL", "nameZh", "发票开具", "description", "invoices");
		post("/api/v1/triage/topics", p.manager(), topic).expect(403);
		post("/api/v1/triage/topics", ADMIN, topic).expect(201);
		post("/api/v1/triage/topics", ADMIN, topic).expect(409);
		JsonNode renamed = put("/api/v1/triage/topics/" + code, ADMIN, Map.of("category", "OTHER", "department",
				"FINANCE", "urgency", "NORMAL", "nameZh", "发票与收据", "version", 0)).expect(200);
		assertThat(renamed.get("nameZh").asString()).isEqualTo("发票与收据");
		put("/api/v1/triage/topics/" + code, ADMIN, Map.of("category", "OTHER", "department", "FINANCE", "urgency",
				"NORMAL", "nameZh", "x", "version", 0)).expect(409);
		assertThat(get("/api/v1/triage/topics", p.agent()).expect(200).findValuesAsString("code"))
			.contains(code, "ELEVATOR_ENTRAPMENT", "OTHER");
		JsonNode complaint = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0),
				"channel", "WALK_IN", "content", "想开一张去年物业费的发票", "topic", code)).expect(201);
		assertThat(complaint.get("department").asString()).isEqualTo("FINANCE");
		put("/api/v1/triage/topics/NO_SUCH", ADMIN, Map.of("category", "OTHER", "department", "FINANCE", "urgency",
				"NORMAL", "nameZh", "x")).expect(404);
	}

	@Test
	void theShippedTaxonomyKeepsItsCodes() throws Exception {
		JsonNode topics = get("/api/v1/triage/topics", ADMIN).expect(200);
		TaxonomyFile.shipped().values().forEach(t -> assertThat(topics.findValuesAsString("code")).contains(t.code()));
	}

}
