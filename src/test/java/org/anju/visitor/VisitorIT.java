package org.anju.visitor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 访客登记: IDs checked and stored only masked, the host's call decides, overdue visitors are listed. */
class VisitorIT extends ApiTest {

	/** The standard's own example: a valid resident ID card number with the check character X. */
	static final String ID = "11010519491231002X";

	@Autowired
	JdbcTemplate jdbc;

	Map<String, Object> visitor(ProjectFixture p, String idNumber, String badge) {
		Map<String, Object> v = new HashMap<>();
		v.put("projectId", p.projectId());
		v.put("visitorName", "张三");
		v.put("idType", "RESIDENT_ID");
		v.put("idNumber", idNumber);
		v.put("householdId", p.householdIds().get(0));
		v.put("hostDecision", "CONFIRMED");
		v.put("hostConfirmedBy", "业主11");
		v.put("purpose", "探亲");
		v.put("plate", "粤BD12345");
		v.put("badge", badge);
		return v;
	}

	@Test
	void aValidIdIsStoredOnlyMaskedAndAWrongChecksumIsAFieldError() throws Exception {
		ProjectFixture p = fixtures.project();
		String guard = fixtures.staff(p.projectId(), "STAFF", "SECURITY");
		JsonNode visit = post("/api/v1/visitors", guard, visitor(p, ID.toLowerCase(), "V" + unique(""))).expect(201);
		assertThat(visit.get("idNumber").asString()).isEqualTo("110***********002X");
		assertThat(visit.get("status").asString()).isEqualTo("INSIDE");
		assertThat(visit.get("household").asString()).contains("1栋");
		assertThat(visit.get("previousVisits").asLong()).isZero();

		// no column of any stored visit holds the whole number, nor its middle
		List<Map<String, Object>> rows = jdbc.queryForList("select * from visitor_visit where id = ?", visit.get("id").asLong());
		assertThat(rows).hasSize(1);
		rows.get(0).values().forEach(value -> assertThat(String.valueOf(value)).doesNotContain("1949123")
			.doesNotContainIgnoringCase(ID));
		assertThat(rows.get(0).get("id_masked")).isEqualTo("110***********002X");

		// the same visitor again is recognised by the keyed hash
		JsonNode again = post("/api/v1/visitors", guard, visitor(p, ID, "V" + unique(""))).expect(201);
		assertThat(again.get("previousVisits").asLong()).isEqualTo(1);

		JsonNode wrong = post("/api/v1/visitors", guard, visitor(p, "110105194912310021", "B1")).expect(400);
		assertThat(wrong.get("errors").findValuesAsString("field")).containsExactly("idNumber");
		assertThat(wrong.toString()).doesNotContain("110105194912310021");
		post("/api/v1/visitors", guard, visitor(p, "11010519491331002X", "B1")).expect(400); // month 13
		post("/api/v1/visitors", guard, visitor(p, "1101051949123100", "B1")).expect(400);

		Map<String, Object> passport = visitor(p, "E12345678", "P" + unique(""));
		passport.put("idType", "PASSPORT");
		assertThat(post("/api/v1/visitors", guard, passport).expect(201).get("idNumber").asString())
			.isEqualTo("E*****678");
		passport.put("idNumber", "E1-2345");
		assertThat(post("/api/v1/visitors", guard, passport).expect(400).get("errors").findValuesAsString("field"))
			.containsExactly("idNumber");

		Map<String, Object> empty = new HashMap<>(Map.of("projectId", p.projectId(), "hostDecision", "CONFIRMED",
				"plate", "12345"));
		assertThat(post("/api/v1/visitors", guard, empty).expect(400).get("errors").findValuesAsString("field"))
			.contains("visitorName", "idType", "householdId", "hostConfirmedBy", "purpose", "plate", "badge");
	}

	@Test
	void aRefusedHostMeansNoEntryAndACheckedOutVisitorIsGone() throws Exception {
		ProjectFixture p = fixtures.project();
		Map<String, Object> refused = visitor(p, ID, null);
		refused.put("hostDecision", "REFUSED");
		JsonNode visit = post("/api/v1/visitors", p.agent(), refused).expect(201);
		assertThat(visit.get("status").asString()).isEqualTo("REFUSED");
		assertThat(visit.has("timeIn")).isFalse();
		assertThat(get("/api/v1/visitors?projectId=" + p.projectId(), p.agent()).expect(200)).isEmpty();
		post("/api/v1/visitors/" + visit.get("id").asLong() + "/checkout", p.agent(), null).expect(409);

		String badge = "V" + unique("");
		long inside = post("/api/v1/visitors", p.staff(), visitor(p, ID, badge)).expect(201).get("id").asLong();
		post("/api/v1/visitors", p.staff(), visitor(p, ID, badge)).expect(409); // the badge is worn
		assertThat(get("/api/v1/visitors?projectId=" + p.projectId(), p.agent()).expect(200).findValuesAsString("id"))
			.containsExactly(String.valueOf(inside));
		JsonNode out = post("/api/v1/visitors/" + inside + "/checkout", p.agent(), null).expect(200);
		assertThat(out.get("status").asString()).isEqualTo("LEFT");
		assertThat(out.get("checkedOutBy").asString()).isEqualTo(p.agent());
		assertThat(get("/api/v1/visitors?projectId=" + p.projectId(), p.agent()).expect(200)).isEmpty();
		post("/api/v1/visitors/" + inside + "/checkout", p.agent(), null).expect(409);

		// the history is the manager's
		get("/api/v1/visitors?all=true&projectId=" + p.projectId(), p.agent()).expect(403);
		assertThat(get("/api/v1/visitors?all=true&projectId=" + p.projectId(), p.manager()).expect(200)).hasSize(2);
	}

	@Test
	void visitorsStillInsideAtTheShiftsEndAreOverdue() throws Exception {
		ProjectFixture p = fixtures.project();
		Map<String, Object> shortVisit = visitor(p, ID, "S" + unique(""));
		shortVisit.put("expectedOut", Instant.now().plus(1, ChronoUnit.HOURS).toString());
		long early = post("/api/v1/visitors", p.staff(), shortVisit).expect(201).get("id").asLong();
		Map<String, Object> longVisit = visitor(p, ID, "L" + unique(""));
		longVisit.put("expectedOut", Instant.now().plus(10, ChronoUnit.HOURS).toString());
		post("/api/v1/visitors", p.staff(), longVisit).expect(201);
		long gone = post("/api/v1/visitors", p.staff(), visitor(p, ID, "G" + unique(""))).expect(201).get("id").asLong();
		post("/api/v1/visitors/" + gone + "/checkout", p.staff(), null).expect(200);

		String shiftEnd = Instant.now().plus(5, ChronoUnit.HOURS).toString();
		JsonNode overdue = get("/api/v1/visitors/overdue?projectId=" + p.projectId() + "&at=" + shiftEnd, p.staff())
			.expect(200);
		assertThat(overdue.findValuesAsString("id")).containsExactly(String.valueOf(early));
		assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
		assertThat(get("/api/v1/visitors/overdue?projectId=" + p.projectId(), p.staff()).expect(200)).isEmpty();

		Map<String, Object> past = visitor(p, ID, "X" + unique(""));
		past.put("expectedOut", Instant.now().minus(1, ChronoUnit.HOURS).toString());
		assertThat(post("/api/v1/visitors", p.staff(), past).expect(400).get("errors").findValuesAsString("field"))
			.containsExactly("expectedOut");
	}

	@Test
	void anotherProjectsStaffSeeNothingAndThePostLogKeepsUnusualEvents() throws Exception {
		ProjectFixture p = fixtures.project();
		long visit = post("/api/v1/visitors", p.staff(), visitor(p, ID, "V" + unique(""))).expect(201).get("id").asLong();
		ProjectFixture other = fixtures.project();
		get("/api/v1/visitors/" + visit, other.staff()).expect(404);
		post("/api/v1/visitors/" + visit + "/checkout", other.staff(), null).expect(404);
		get("/api/v1/visitors?projectId=" + p.projectId(), other.staff()).expect(404);
		get("/api/v1/visitors/overdue?projectId=" + p.projectId(), other.staff()).expect(404);
		post("/api/v1/visitors", other.staff(), visitor(p, ID, "V1")).expect(404);
		// a household of another project is not a host here
		Map<String, Object> foreign = visitor(p, ID, "V2");
		foreign.put("householdId", other.householdIds().get(0));
		assertThat(post("/api/v1/visitors", p.staff(), foreign).expect(400).get("errors").findValuesAsString("field"))
			.containsExactly("householdId");

		long postId = post("/api/v1/projects/" + p.projectId() + "/posts", p.manager(), Map.of("name", "东门岗"))
			.expect(201).get("id").asLong();
		post("/api/v1/posts/" + postId + "/log", p.staff(), Map.of("text", "有人翻越围墙，已劝离", "severity", "WARNING"))
			.expect(201);
		post("/api/v1/posts/" + postId + "/log", p.staff(), Map.of("text", " ")).expect(400);
		JsonNode log = get("/api/v1/posts/" + postId + "/log", p.agent()).expect(200);
		assertThat(log).hasSize(1);
		assertThat(log.get(0).get("severity").asString()).isEqualTo("WARNING");
		assertThat(log.get(0).get("recordedBy").asString()).isEqualTo(p.staff());
		get("/api/v1/posts/" + postId + "/log", other.staff()).expect(404);
		post("/api/v1/posts/" + postId + "/log", other.staff(), Map.of("text", "x", "severity", "INFO")).expect(404);
	}

}
