package org.anju.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff calendar and tasks: bookings and double-booking warnings, reminders, task assignment and states. */
class AgendaIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	LocalDate day;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		day = LocalDate.now(SHANGHAI).plusDays(3);
	}

	Instant at(int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
	}

	Map<String, Object> booking(String title, List<Long> staffIds, Instant start, Instant end) {
		Map<String, Object> b = new HashMap<>();
		b.put("projectId", p.projectId());
		b.put("title", title);
		b.put("kind", "HOME_VISIT");
		b.put("staffIds", staffIds);
		b.put("startsAt", start.toString());
		b.put("endsAt", end.toString());
		b.put("householdId", p.householdIds().get(0));
		b.put("location", "1栋1单元1101");
		return b;
	}

	long messages(String keyPrefix) {
		return jdbc.queryForObject("select count(*) from notification_message where idempotency_key like ?", Long.class,
				keyPrefix + "%");
	}

	static List<Long> ids(JsonNode list) {
		List<Long> ids = new java.util.ArrayList<>();
		list.forEach(n -> ids.add(n.get("id").asLong()));
		return ids;
	}

	@Test
	void aDoubleBookingAnswers409WithTheConflictAndIsKeptWhenAcknowledged() throws Exception {
		long staff = fixtures.staffId(p.staff());
		JsonNode first = post("/api/v1/agenda/appointments", p.supervisor(),
				booking("上门维修厨房水管", List.of(staff), at(10, 0), at(11, 0))).expect(201);
		assertThat(first.get("conflictAcknowledged").asBoolean()).isFalse();
		assertThat(first.get("household").asString()).contains("1栋");
		assertThat(first.get("staff").findValuesAsString("name")).containsExactly("员工" + p.staff());
		assertThat(messages("agenda-booked:" + first.get("id").asLong() + ":")).as("the staff booked is told")
			.isEqualTo(1);

		Map<String, Object> second = booking("上门查看渗水", List.of(staff), at(10, 30), at(11, 30));
		JsonNode conflict = post("/api/v1/agenda/appointments", p.supervisor(), second).expect(409);
		assertThat(conflict.get("conflicts").size()).isEqualTo(1);
		assertThat(conflict.get("conflicts").get(0).get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(conflict.get("conflicts").get(0).get("title").asString()).isEqualTo("上门维修厨房水管");
		String mine = "/api/v1/agenda/appointments?from=" + day + "&to=" + day;
		assertThat(get(mine, p.staff()).expect(200).size()).as("nothing kept").isEqualTo(1);

		second.put("acknowledgeConflicts", true);
		JsonNode kept = post("/api/v1/agenda/appointments", p.supervisor(), second).expect(201);
		assertThat(kept.get("conflictAcknowledged").asBoolean()).isTrue();
		JsonNode adjacent = post("/api/v1/agenda/appointments", p.supervisor(),
				booking("上门回访", List.of(staff), at(11, 30), at(12, 0))).expect(201);
		assertThat(adjacent.get("conflictAcknowledged").asBoolean()).as("touching is no overlap").isFalse();

		assertThat(ids(get(mine, p.staff()).expect(200)))
			.containsExactly(first.get("id").asLong(), kept.get("id").asLong(), adjacent.get("id").asLong());
		JsonNode team = get("/api/v1/agenda/team?projectId=" + p.projectId() + "&from=" + day + "&to=" + day,
				p.agent()).expect(200);
		assertThat(team.findValuesAsString("title")).containsExactly("上门维修厨房水管", "上门查看渗水", "上门回访");
		assertThat(get("/api/v1/agenda/team?projectId=" + p.projectId() + "&department=CUSTOMER_SERVICE&from=" + day
				+ "&to=" + day, p.agent()).expect(200).size()).as("no customer-service staff booked").isZero();

		post("/api/v1/agenda/appointments/" + first.get("id").asLong() + "/cancel", p.staff(), null).expect(200);
		post("/api/v1/agenda/appointments/" + first.get("id").asLong() + "/cancel", p.staff(), null).expect(409);
		post("/api/v1/agenda/appointments", p.supervisor(), booking("改期上门", List.of(staff), at(10, 0), at(10, 30)))
			.expect(201);
	}

	@Test
	void staffBookTheirOwnLeadsBookOthersOfTheirProjectsOnly() throws Exception {
		ProjectFixture other = fixtures.project();
		long stranger = fixtures.staffId(other.staff());
		long colleague = fixtures.staffId(p.staff());
		post("/api/v1/agenda/appointments", p.supervisor(), booking("上门", List.of(stranger), at(9, 0), at(10, 0)))
			.expect(404);
		post("/api/v1/agenda/appointments", p.agent(), booking("上门", List.of(stranger), at(9, 0), at(10, 0)))
			.expect(404);
		post("/api/v1/agenda/appointments", p.agent(), booking("上门", List.of(colleague), at(9, 0), at(10, 0)))
			.expect(403);
		Map<String, Object> foreignHousehold = booking("上门", List.of(), at(9, 0), at(10, 0));
		foreignHousehold.put("householdId", other.householdIds().get(0));
		post("/api/v1/agenda/appointments", p.agent(), foreignHousehold).expect(404);
		Map<String, Object> foreignProject = booking("上门", List.of(), at(9, 0), at(10, 0));
		foreignProject.put("projectId", other.projectId());
		post("/api/v1/agenda/appointments", p.agent(), foreignProject).expect(404);
		JsonNode invalid = post("/api/v1/agenda/appointments", p.agent(), booking(" ", List.of(), at(9, 0), at(8, 0)))
			.expect(400);
		assertThat(invalid.toString()).contains("title", "endsAt");

		JsonNode own = post("/api/v1/agenda/appointments", p.agent(), booking("回电业主", List.of(), at(9, 0), at(9, 15)))
			.expect(201);
		assertThat(own.get("staff").findValues("id").get(0).asLong()).isEqualTo(fixtures.staffId(p.agent()));
		long id = own.get("id").asLong();
		get("/api/v1/agenda/appointments/" + id, other.supervisor()).expect(404);
		post("/api/v1/agenda/appointments/" + id + "/cancel", other.manager(), null).expect(404);
		post("/api/v1/agenda/appointments/" + id + "/cancel", p.staff(), null).expect(403);
		get("/api/v1/agenda/team?projectId=" + p.projectId(), other.manager()).expect(404);
	}

	@Test
	void aReminderGoesToEachStaffMemberOnceWhenDueAndNotBefore() throws Exception {
		Instant start = Instant.now().plus(Duration.ofHours(2));
		Map<String, Object> b = booking("上门更换水表", List.of(fixtures.staffId(p.staff()), fixtures.staffId(p.agent())),
				start, start.plus(Duration.ofHours(1)));
		b.put("remindMinutesBefore", 30);
		long id = post("/api/v1/agenda/appointments", p.supervisor(), b).expect(201).get("id").asLong();
		String key = "agenda-reminder:" + id + ":";

		reminders.sendDue(start.minus(Duration.ofMinutes(31)));
		assertThat(messages(key)).as("not before").isZero();
		reminders.sendDue(start.minus(Duration.ofMinutes(30)));
		assertThat(messages(key)).as("one per staff member").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from notification_message where idempotency_key like ? "
				+ "and recipient_type = 'STAFF' and channel = 'INBOX' and subject like '日程提醒%'", Long.class, key + "%"))
			.isEqualTo(2);
		reminders.sendDue(start.minus(Duration.ofMinutes(10)));
		reminders.sendDue(start);
		assertThat(messages(key)).as("once").isEqualTo(2);
		assertThat(get("/api/v1/agenda/appointments/" + id, p.staff()).expect(200).get("remindMinutesBefore").asInt())
			.isEqualTo(30);
	}

	@Test
	void assigningATaskNotifiesTheAssigneeAndClosedTasksStayClosed() throws Exception {
		long staff = fixtures.staffId(p.staff());
		Map<String, Object> task = new HashMap<>(Map.of("projectId", p.projectId(), "title", "检查3栋电梯间照明",
				"assigneeId", staff, "dueAt", Instant.now().plus(Duration.ofDays(1)).toString()));
		JsonNode given = post("/api/v1/agenda/tasks", p.supervisor(), task).expect(201);
		long id = given.get("id").asLong();
		assertThat(given.get("status").asString()).isEqualTo("OPEN");
		assertThat(given.get("createdByName").asString()).isEqualTo("员工" + p.supervisor());
		assertThat(messages("agenda-task:" + id + ":")).as("the assignee is told").isEqualTo(1);
		assertThat(jdbc.queryForObject("select recipient_id from notification_message where idempotency_key like ?",
				Long.class, "agenda-task:" + id + ":%")).isEqualTo(staff);
		assertThat(ids(get("/api/v1/agenda/tasks", p.staff()).expect(200))).containsExactly(id);

		post("/api/v1/agenda/tasks", p.agent(), task).expect(403);
		long own = post("/api/v1/agenda/tasks", p.staff(), Map.of("title", "整理工具间")).expect(201).get("id").asLong();
		assertThat(messages("agenda-task:" + own + ":")).as("nobody to tell").isZero();
		ProjectFixture other = fixtures.project();
		get("/api/v1/agenda/tasks/" + id, other.supervisor()).expect(404);
		post("/api/v1/agenda/tasks/" + id + "/done", other.supervisor(), null).expect(404);
		task.put("assigneeId", fixtures.staffId(other.staff()));
		post("/api/v1/agenda/tasks", p.supervisor(), task).expect(404);

		post("/api/v1/agenda/tasks/" + id + "/cancel", p.staff(), null).expect(403);
		assertThat(post("/api/v1/agenda/tasks/" + id + "/done", p.staff(), null).expect(200).get("status").asString())
			.isEqualTo("DONE");
		post("/api/v1/agenda/tasks/" + id + "/done", p.staff(), null).expect(409);
		post("/api/v1/agenda/tasks/" + id + "/cancel", p.supervisor(), null).expect(409);
		post("/api/v1/agenda/tasks/" + id + "/assign", p.supervisor(), Map.of("assigneeId", staff)).expect(409);

		long agent = fixtures.staffId(p.agent());
		JsonNode reassigned = post("/api/v1/agenda/tasks/" + own + "/assign", p.supervisor(), Map.of("assigneeId", agent))
			.expect(200);
		assertThat(reassigned.get("assigneeId").asLong()).isEqualTo(agent);
		assertThat(messages("agenda-task:" + own + ":")).as("the new assignee is told").isEqualTo(1);
		assertThat(post("/api/v1/agenda/tasks/" + own + "/cancel", p.staff(), null).expect(200).get("status")
			.asString()).isEqualTo("CANCELLED");
		post("/api/v1/agenda/tasks/" + own + "/done", p.agent(), null).expect(409);
		assertThat(ids(get("/api/v1/agenda/tasks?status=DONE", p.staff()).expect(200))).containsExactly(id);
	}

}
