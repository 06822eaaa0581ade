package org.anju.shift;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 交接班记录: the log is handed over, the next shift must acknowledge it, pending items carry over until closed. */
class ShiftIT extends ApiTest {

	record Setup(ProjectFixture p, long postId, String guard1, String guard2, String guard3) {
	}

	Setup setup() throws Exception {
		ProjectFixture p = fixtures.project();
		long postId = post("/api/v1/projects/" + p.projectId() + "/posts", p.manager(), Map.of("name", "东门岗"))
			.expect(201).get("id").asLong();
		return new Setup(p, postId, fixtures.staff(p.projectId(), "STAFF", "SECURITY"),
				fixtures.staff(p.projectId(), "STAFF", "SECURITY"), fixtures.staff(p.projectId(), "STAFF", "SECURITY"));
	}

	long start(Setup s, String guard) throws Exception {
		return post("/api/v1/posts/" + s.postId() + "/shifts", guard, Map.of()).expect(201).get("id").asLong();
	}

	@Test
	void theNextShiftsDutiesWaitForTheAcknowledgementAndPendingItemsCarryOverUntilClosed() throws Exception {
		Setup s = setup();
		long first = start(s, s.guard1());
		// the post's first shift has nobody to take over from
		assertThat(get("/api/v1/shifts/" + first + "/duties", s.guard1()).expect(200).get("pendingItems")).isEmpty();

		put("/api/v1/shifts/" + first + "/log", s.guard1(), Map.of("events", List.of("22:10 巡逻一圈，无异常", " "),
				"equipment", List.of(Map.of("item", "对讲机", "quantity", 3, "state", "完好"),
						Map.of("item", "大门钥匙", "quantity", 1)))).expect(200);
		long item = post("/api/v1/shifts/" + first + "/items", s.guard1(), Map.of("text", "3栋电梯异响，待工程部处理"))
			.expect(201).get("id").asLong();
		JsonNode handed = post("/api/v1/shifts/" + first + "/submit", s.guard1(), null).expect(200);
		assertThat(handed.get("status").asString()).isEqualTo("HANDED_OVER");
		assertThat(handed.get("events")).hasSize(1);
		assertThat(handed.get("submittedBy").asString()).isEqualTo(s.guard1());

		long second = start(s, s.guard2());
		JsonNode blocked = get("/api/v1/shifts/" + second + "/duties", s.guard2()).expect(409);
		assertThat(blocked.get("previousShiftId").asLong()).isEqualTo(first);
		// nor can it hand over before taking over
		post("/api/v1/shifts/" + second + "/submit", s.guard2(), null).expect(409);
		// only the next shift acknowledges: not the outgoing guard, not a third one
		post("/api/v1/shifts/" + first + "/acknowledge", s.guard1(), null).expect(403);
		post("/api/v1/shifts/" + first + "/acknowledge", s.guard3(), null).expect(403);

		JsonNode log = get("/api/v1/shifts/" + first, s.guard2()).expect(200);
		assertThat(log.get("nextShiftId").asLong()).isEqualTo(second);
		assertThat(log.get("equipment").get(0).get("item").asString()).isEqualTo("对讲机");
		JsonNode acknowledged = post("/api/v1/shifts/" + first + "/acknowledge", s.guard2(), null).expect(200);
		assertThat(acknowledged.get("acknowledgedBy").asString()).isEqualTo(s.guard2());
		assertThat(acknowledged.get("acknowledgedAt").isNull()).isFalse();
		post("/api/v1/shifts/" + first + "/acknowledge", s.guard2(), null).expect(409);

		JsonNode duties = get("/api/v1/shifts/" + second + "/duties", s.guard2()).expect(200);
		assertThat(duties.get("pendingItems")).hasSize(1);
		assertThat(duties.get("pendingItems").get(0).get("id").asLong()).isEqualTo(item);
		assertThat(duties.get("equipmentReceived")).hasSize(2);

		// the item is carried over onto the second shift's log, and closed there
		JsonNode secondLog = get("/api/v1/shifts/" + second, s.guard2()).expect(200);
		assertThat(secondLog.get("pendingItems").get(0).get("carriedOver").asBoolean()).isTrue();
		JsonNode closed = post("/api/v1/shifts/" + second + "/items/" + item + "/close", s.guard2(), null).expect(200);
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("closedBy").asString()).isEqualTo(s.guard2());
		post("/api/v1/shifts/" + second + "/items/" + item + "/close", s.guard2(), null).expect(409);
		long another = post("/api/v1/shifts/" + second + "/items", s.guard2(), Map.of("text", "访客车辆未离开"))
			.expect(201).get("id").asLong();
		JsonNode secondHanded = post("/api/v1/shifts/" + second + "/submit", s.guard2(), null).expect(200);
		assertThat(secondHanded.get("pendingItems").findValuesAsString("state")).containsExactly("CLOSED", "OPEN");

		long third = start(s, s.guard3());
		post("/api/v1/shifts/" + second + "/acknowledge", s.guard3(), null).expect(200);
		JsonNode thirdDuties = get("/api/v1/shifts/" + third + "/duties", s.guard3()).expect(200);
		assertThat(thirdDuties.get("pendingItems").findValuesAsString("id"))
			.containsExactly(String.valueOf(another));
		// the first log still shows the item as it was handed over, now closed
		assertThat(get("/api/v1/shifts/" + first, s.guard3()).expect(200).get("pendingItems").get(0).get("state")
			.asString()).isEqualTo("CLOSED");
	}

	@Test
	void aHandedOverLogIsFrozenAndAnUnsubmittedOneCannotBeAcknowledged() throws Exception {
		Setup s = setup();
		long first = start(s, s.guard1());
		long second = start(s, s.guard2());
		JsonNode notYet = get("/api/v1/shifts/" + second + "/duties", s.guard2()).expect(409);
		assertThat(notYet.get("previousSubmitted").asBoolean()).isFalse();
		post("/api/v1/shifts/" + first + "/acknowledge", s.guard2(), null).expect(409);
		// another guard may not write someone else's log
		put("/api/v1/shifts/" + first + "/log", s.guard3(), Map.of("events", List.of("x"))).expect(403);
		post("/api/v1/shifts/" + first + "/submit", s.guard1(), null).expect(200);
		post("/api/v1/shifts/" + first + "/submit", s.guard1(), null).expect(409);
		put("/api/v1/shifts/" + first + "/log", s.guard1(), Map.of("events", List.of("补记"))).expect(409);
		post("/api/v1/shifts/" + first + "/items", s.guard1(), Map.of("text", "补记")).expect(409);
		post("/api/v1/shifts/" + first + "/items", s.guard1(), Map.of("text", " ")).expect(409);
		put("/api/v1/shifts/" + second + "/log", s.guard2(),
				Map.of("equipment", List.of(Map.of("item", "对讲机", "quantity", 0)))).expect(400);
		JsonNode bad = post("/api/v1/shifts/" + second + "/items", s.guard2(), Map.of("text", " ")).expect(400);
		assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("text");
	}

	@Test
	void anotherProjectsStaffSeeNothingAndOnlyTheManagerCreatesPosts() throws Exception {
		Setup s = setup();
		long first = start(s, s.guard1());
		ProjectFixture other = fixtures.project();
		String stranger = fixtures.staff(other.projectId(), "STAFF", "SECURITY");
		get("/api/v1/shifts/" + first, stranger).expect(404);
		get("/api/v1/shifts/" + first + "/duties", stranger).expect(404);
		post("/api/v1/shifts/" + first + "/submit", stranger, null).expect(404);
		post("/api/v1/shifts/" + first + "/acknowledge", stranger, null).expect(404);
		get("/api/v1/projects/" + s.p().projectId() + "/posts", stranger).expect(404);
		post("/api/v1/posts/" + s.postId() + "/shifts", stranger, Map.of()).expect(404);
		post("/api/v1/projects/" + s.p().projectId() + "/posts", s.guard1(), Map.of("name", "监控室")).expect(403);
		post("/api/v1/projects/" + s.p().projectId() + "/posts", s.p().manager(), Map.of("name", "东门岗")).expect(409);
		// a guard cannot put others on a shift; a stranger cannot be put on one
		long strangerId = fixtures.staffId(stranger);
		post("/api/v1/posts/" + s.postId() + "/shifts", s.p().manager(), Map.of("staffIds", Set.of(strangerId)))
			.expect(400);
		post("/api/v1/posts/" + s.postId() + "/shifts", s.guard1(),
				Map.of("staffIds", Set.of(fixtures.staffId(s.guard2())))).expect(403);
	}

}
