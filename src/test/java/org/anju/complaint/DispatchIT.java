package org.anju.complaint;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Triage on intake: every new complaint is classified, routed and assigned in the registering request. */
@RecordApplicationEvents
class DispatchIT extends ApiTest {

	@Autowired
	ApplicationEvents events;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	JsonNode complain(int resident, String text) throws Exception {
		return post("/api/v1/complaints", p.agent(),
				Map.of("residentId", p.residentIds().get(resident), "channel", "WECHAT", "content", text)).expect(201);
	}

	String engineer(Long... buildings) throws Exception {
		String username = unique("eng");
		Map<String, Object> details = new HashMap<>();
		details.put("displayName", "工程" + username);
		details.put("roles", Set.of("STAFF"));
		details.put("projectIds", Set.of(p.projectId()));
		details.put("buildingIds", Set.of((Object[]) buildings));
		details.put("departmentCode", "ENGINEERING");
		post("/api/v1/staff", ADMIN, Map.of("username", username, "password", PASSWORD, "details", details)).expect(201);
		return username;
	}

	void offDuty(String username) throws Exception {
		put("/api/v1/staff/" + fixtures.staffId(username) + "/duty", username, Map.of("onDuty", false)).expect(200);
	}

	JsonNode timeline(JsonNode complaint) throws Exception {
		return get("/api/v1/complaints/" + complaint.get("id").asLong() + "/timeline", p.agent()).expect(200);
	}

	@Test
	void classifiesAndAssignsToTheStaffWhoLooksAfterTheBuilding() throws Exception {
		String areaEngineer = engineer(p.buildingIds().get(1));
		JsonNode c = complain(2, "2栋楼道的公共水管爆了，水哗哗往外冒，已经流到一楼大堂了");
		assertThat(c.get("topic").asString()).isEqualTo("WATER_LEAK");
		assertThat(c.get("category").asString()).isEqualTo("FACILITY");
		assertThat(c.get("department").asString()).isEqualTo("ENGINEERING");
		assertThat(c.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(c.get("assigneeId").asLong()).isEqualTo(fixtures.staffId(areaEngineer));
		assertThat(c.get("triageConfidence").asDouble()).isPositive();
		assertThat(c.get("assignedAt")).isNotNull();
		JsonNode timeline = timeline(c);
		assertThat(timeline.findValuesAsString("type")).startsWith("CREATED", "CLASSIFIED").contains("ASSIGNED");
		JsonNode assigned = timeline.get(timeline.findValuesAsString("type").indexOf("ASSIGNED"));
		assertThat(assigned.get("actorName").asString()).isEqualTo("安居系统");
		assertThat(assigned.get("message").asString()).isEqualTo("工程" + areaEngineer);
	}

	@Test
	void otherwiseToTheOnDutyStaffWithTheFewestOpenComplaints() throws Exception {
		String second = engineer();
		JsonNode first = complain(0, "1栋1单元的楼道灯坏了好几天了，晚上黑漆漆的");
		JsonNode next = complain(1, "1栋2楼楼道的声控灯不亮了，晚上上楼看不见");
		assertThat(Set.of(first.get("assigneeId").asLong(), next.get("assigneeId").asLong()))
			.containsExactlyInAnyOrder(fixtures.staffId(p.staff()), fixtures.staffId(second));
		offDuty(p.staff());
		JsonNode third = complain(0, "1栋一楼大堂的灯也不亮了");
		assertThat(third.get("assigneeId").asLong()).isEqualTo(fixtures.staffId(second));
	}

	@Test
	void withNobodyOnDutyTheComplaintWaitsAndTheSupervisorIsTold() throws Exception {
		offDuty(p.staff());
		JsonNode c = complain(0, "地下车库的灯全灭了，什么都看不见");
		assertThat(c.get("status").asString()).isEqualTo("RECEIVED");
		JsonNode alert = timeline(c).get(timeline(c).findValuesAsString("type").indexOf("ALERTED"));
		assertThat(alert.get("message").asString()).contains("员工" + p.supervisor(), "no one on duty");
	}

	@Test
	void emergencyIsAssignedAtOnceAndAlertsTheSupervisor() throws Exception {
		JsonNode c = complain(0, "救命，我被困在电梯里了，1栋1单元，电梯卡在8楼不动了");
		assertThat(c.get("urgency").asString()).isEqualTo("EMERGENCY");
		assertThat(c.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(timeline(c).toString()).contains("ALERTED", "员工" + p.supervisor());
		long supervisor = fixtures.staffId(p.supervisor());
		assertThat(events.stream(StaffAlerted.class))
			.anyMatch(e -> e.complaintId() == c.get("id").asLong() && e.staffIds().contains(supervisor));
	}

	@Test
	void riskFlagsRaiseToTheSupervisorAndMajorComplaintsToTheManager() throws Exception {
		JsonNode threat = complain(0, "楼道灯坏了一个月都没人修，再不处理我就打12345投诉你们！！");
		assertThat(threat.get("flags").toString()).contains("THREATENS_12345", "HIGH_EMOTION");
		assertThat(threat.get("escalationLevel").asInt()).isEqualTo(1);
		assertThat(timeline(threat).toString()).contains("员工" + p.supervisor()).doesNotContain("员工" + p.manager());

		JsonNode major = complain(1, "小区东门的垃圾堆了一个星期，我们二十多户业主联名投诉，再不清理就找电视台曝光");
		assertThat(major.get("flags").toString()).contains("GROUP_COMPLAINT", "THREATENS_MEDIA");
		assertThat(major.get("escalationLevel").asInt()).isEqualTo(2);
		assertThat(timeline(major).toString()).contains("员工" + p.manager());
		long manager = fixtures.staffId(p.manager());
		assertThat(events.stream(StaffAlerted.class)).anyMatch(e -> e.staffIds().contains(manager));
	}

	@Test
	void unsureClassificationsWaitInTheTriageQueueUntilAPersonDecides() throws Exception {
		JsonNode c = complain(0, "那个东西又坏了");
		assertThat(c.get("flags").toString()).contains("LOW_CONFIDENCE");
		assertThat(c.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(c.get("department").asString()).isEqualTo("CUSTOMER_SERVICE");
		String queue = "/api/v1/complaints?projectId=" + p.projectId() + "&flag=LOW_CONFIDENCE&status=RECEIVED";
		assertThat(get(queue, p.agent()).expect(200).get("content").findValuesAsString("number"))
			.containsExactly(c.get("number").asString());

		JsonNode classified = put("/api/v1/complaints/" + c.get("id").asLong() + "/classification", p.agent(),
				Map.of("topic", "WATER_LEAK", "urgency", "URGENT")).expect(200);
		assertThat(classified.get("flags").toString()).doesNotContain("LOW_CONFIDENCE");
		assertThat(classified.get("department").asString()).isEqualTo("ENGINEERING");
		assertThat(classified.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(get(queue, p.agent()).expect(200).get("content").size()).isZero();

		JsonNode report = post("/api/v1/triage/retrain", ADMIN, null).expect(200);
		assertThat(report.get("corrections").asInt()).isPositive();
		assertThat(report.get("evaluations").get(0).get("after").get("topic").asDouble()).isGreaterThan(0.8);
		post("/api/v1/triage/retrain", p.manager(), null).expect(403);
	}

	@Test
	void aRepeatComplaintIsLinkedFlaggedAndRaised() throws Exception {
		JsonNode first = complain(0, "家门口的垃圾桶又满了没人收");
		JsonNode again = complain(0, "垃圾桶满了好几天了还是没人来收，说了多少次了");
		assertThat(again.get("topic").asString()).isEqualTo(first.get("topic").asString());
		assertThat(again.get("flags").toString()).contains("REPEAT");
		assertThat(again.get("links").get(0).get("relatedId").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(again.get("links").get(0).get("type").asString()).isEqualTo("REPEAT");
		assertThat(again.get("escalationLevel").asInt()).isGreaterThanOrEqualTo(1);
		JsonNode neighbour = complain(1, "门口垃圾桶满了");
		assertThat(neighbour.get("flags").toString()).doesNotContain("REPEAT");
	}

	@Test
	void timeFromReceiptToAssignmentIsReported() throws Exception {
		complain(0, "1栋的楼道灯坏了");
		JsonNode times = get("/api/v1/complaints/stats/assignment?projectId=" + p.projectId(), p.manager()).expect(200);
		assertThat(times.get("complaints").asLong()).isEqualTo(1);
		assertThat(times.get("assigned").asLong()).isEqualTo(1);
		assertThat(times.get("medianSeconds").asLong()).isLessThanOrEqualTo(times.get("maxSeconds").asLong());
		assertThat(times.get("within15Minutes").asDouble()).isEqualTo(1.0);
	}

}
