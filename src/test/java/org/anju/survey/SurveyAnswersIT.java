package org.anju.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.platform.security.Owner;
import org.anju.platform.security.OwnerPrincipal;
import org.anju.platform.security.SignedInOwner;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.anju.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A round from invitation to results: invitations for the sampled households only, an owner's
 * answer (once), staff entry after a phone call, refusals, results against hand-computed
 * figures with the change from the previous quarter, a follow-up for a low score, and one
 * reminder for the household that did not answer.
 */
class SurveyAnswersIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-05-06T01:00:00Z"), SHANGHAI);

	static final List<String> ELEMENTS = List.of("ATTITUDE", "EQUIPMENT", "SKILLS", "SERVICE_ITEMS", "METHODS",
			"PROCEDURES", "FEES", "RULES", "EFFICIENCY");

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		java.time.Clock movableClock() {
			return CLOCK;
		}

	}

	record Login(Owner owner) implements OwnerPrincipal {
	}

	@Autowired
	Invitations invitations;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		CLOCK.set(Instant.parse("2026-05-06T01:00:00Z"));
		p = fixtures.project();
	}

	@Test
	void aRoundFromInvitationToResults() throws Exception {
		String path = "/api/v1/projects/" + p.projectId() + "/surveys";
		long q1 = post(path, p.manager(), Map.of("quarter", "2026-Q1", "share", 1.0, "lookbackQuarters", 0)).expect(201)
			.get("id").asLong();
		int[] attitudeQ1 = { 3, 3, 4, 4 };
		for (int i = 0; i < 4; i++) {
			post("/api/v1/surveys/" + q1 + "/households/" + p.householdIds().get(i) + "/answers", p.agent(),
					Map.of("answers", scores(attitudeQ1[i], 4, null))).expect(201);
		}

		long q2 = post(path, p.manager(), Map.of("quarter", "2026-Q2", "share", 0.75, "lookbackQuarters", 0, "seed", 7))
			.expect(201).get("id").asLong();
		List<Long> sampled = new ArrayList<>();
		get("/api/v1/surveys/" + q2 + "/households", p.agent()).expect(200)
			.forEach(h -> sampled.add(h.get("householdId").asLong()));
		assertThat(sampled).hasSize(3);
		long outsider = p.householdIds().stream().filter(h -> !sampled.contains(h)).findFirst().orElseThrow();
		assertThat(invited("survey:" + q2 + ":%")).containsExactlyInAnyOrderElementsOf(sampled);
		assertThat(jdbc.queryForList("select body from notification_message where idempotency_key like ?", String.class,
				"survey:" + q2 + ":%")).allSatisfy(body -> assertThat(body).contains("2026年第2季度", "/owner/surveys/" + q2));

		Owner first = owner(sampled.get(0));
		JsonNode invitationsOfOwner = as(first, HttpMethod.GET, "/api/v1/owner/surveys", null).expect(200);
		assertThat(invitationsOfOwner.get(0).get("roundId").asLong()).isEqualTo(q2);
		assertThat(invitationsOfOwner.get(0).get("answered").asBoolean()).isFalse();
		assertThat(invitationsOfOwner.get(0).get("questions").findValuesAsString("element")).isEqualTo(ELEMENTS);
		as(first, HttpMethod.POST, "/api/v1/owner/surveys", Map.of("roundId", q2, "answers", scores(5, 5, null)
			.subList(1, 9))).expect(400);
		as(first, HttpMethod.POST, "/api/v1/owner/surveys", Map.of("roundId", q2, "answers", scores(2, 5, "前台态度差")))
			.expect(201);
		JsonNode twice = as(first, HttpMethod.POST, "/api/v1/owner/surveys",
				Map.of("roundId", q2, "answers", scores(5, 5, null))).expect(409);
		assertThat(twice.get("detail").asString()).contains("first answer counts");
		assertThat(as(first, HttpMethod.GET, "/api/v1/owner/surveys", null).expect(200).get(0).get("answered").asBoolean())
			.isTrue();
		as(owner(outsider), HttpMethod.POST, "/api/v1/owner/surveys", Map.of("roundId", q2, "answers", scores(5, 5, null)))
			.expect(404);

		String answers = "/api/v1/surveys/" + q2 + "/households/";
		post(answers + outsider + "/answers", p.agent(), Map.of("answers", scores(5, 5, null))).expect(404);
		ProjectFixture other = fixtures.project();
		post(answers + sampled.get(1) + "/answers", other.agent(), Map.of("answers", scores(5, 5, null))).expect(404);
		get("/api/v1/surveys/" + q2 + "/results", other.manager()).expect(404);
		post(answers + sampled.get(1) + "/answers", p.staff(), Map.of("answers", scores(5, 5, null))).expect(403);
		post(answers + sampled.get(1) + "/answers", p.reviewer(), Map.of("answers", scores(3, 4, null))).expect(201);
		post(answers + sampled.get(0) + "/answers", p.agent(), Map.of("answers", scores(5, 5, null))).expect(409);

		// Q2: attitude 2 and 3 → 2.5 (Q1: 3, 3, 4, 4 → 3.5); the rest 5 and 4 → 4.5 (Q1: 4.0)
		JsonNode results = get("/api/v1/surveys/" + q2 + "/results", p.agent()).expect(200);
		assertThat(results.get("sampled").asInt()).isEqualTo(3);
		assertThat(results.get("answered").asInt()).isEqualTo(2);
		assertThat(results.get("responseRate").asDouble()).isEqualTo(0.6667);
		JsonNode attitude = results.get("elements").get(0);
		assertThat(attitude.get("element").asString()).isEqualTo("ATTITUDE");
		assertThat(attitude.get("nameZh").asString()).isEqualTo("服务态度");
		assertThat(attitude.get("average").asDouble()).isEqualTo(2.5);
		assertThat(attitude.get("distribution").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":1,\"4\":0,\"5\":0}");
		assertThat(attitude.get("previousAverage").asDouble()).isEqualTo(3.5);
		assertThat(attitude.get("change").asDouble()).isEqualTo(-1.0);
		JsonNode fees = results.get("elements").get(6);
		assertThat(fees.get("element").asString()).isEqualTo("FEES");
		assertThat(fees.get("average").asDouble()).isEqualTo(4.5);
		assertThat(fees.get("change").asDouble()).isEqualTo(0.5);
		assertThat(results.get("previous").get("quarter").asString()).isEqualTo("2026-Q1");
		assertThat(results.get("previous").get("responseRate").asDouble()).isEqualTo(1.0);
		assertThat(results.get("buildings").findValuesAsString("building")).isSubsetOf("1栋", "2栋");
		assertThat(results.toString()).doesNotContain("前台态度差").doesNotContain("householdId");
		int sum = 0;
		for (JsonNode b : results.get("buildings")) {
			sum += b.get("answered").asInt();
		}
		assertThat(sum).isEqualTo(2);

		get("/api/v1/surveys/" + q2 + "/answers", p.agent()).expect(403);
		JsonNode who = get("/api/v1/surveys/" + q2 + "/answers", p.reviewer()).expect(200);
		List<Long> answered = new ArrayList<>();
		who.forEach(a -> answered.add(a.get("householdId").asLong()));
		assertThat(answered).containsExactlyInAnyOrder(sampled.get(0), sampled.get(1));
		assertThat(who.toString()).contains("前台态度差");

		JsonNode followUps = get("/api/v1/surveys/follow-ups?projectId=" + p.projectId(), p.agent()).expect(200);
		assertThat(followUps).hasSize(1);
		JsonNode task = followUps.get(0);
		assertThat(task.get("householdId").asLong()).isEqualTo(sampled.get(0));
		assertThat(task.get("element").asString()).isEqualTo("ATTITUDE");
		assertThat(task.get("score").asInt()).isEqualTo(2);
		assertThat(task.get("comment").asString()).isEqualTo("前台态度差");
		long taskId = task.get("id").asLong();
		post("/api/v1/surveys/follow-ups/" + taskId + "/complete", p.agent(), Map.of("note", " ")).expect(400);
		post("/api/v1/surveys/follow-ups/" + taskId + "/complete", other.agent(), Map.of("note", "已回访")).expect(404);
		JsonNode done = post("/api/v1/surveys/follow-ups/" + taskId + "/complete", p.agent(),
				Map.of("note", "已回访，前台人员已培训")).expect(200);
		assertThat(done.get("completedBy").asString()).isEqualTo(p.agent());
		post("/api/v1/surveys/follow-ups/" + taskId + "/complete", p.agent(), Map.of("note", "再次")).expect(409);
		assertThat(get("/api/v1/surveys/follow-ups?projectId=" + p.projectId(), p.agent()).expect(200)).isEmpty();
		assertThat(get("/api/v1/surveys/follow-ups?projectId=" + p.projectId() + "&open=false", p.agent()).expect(200))
			.hasSize(1);

		SurveySummary summary = surveys.summary(p.projectId());
		assertThat(summary.quarter()).isEqualTo("2026-Q2");
		assertThat(summary.answered()).isEqualTo(2);
		assertThat(summary.elements()).extracting(SurveySummary.ElementAverage::average)
			.containsExactly(2.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5);
		assertThat(surveys.summary(other.projectId()).quarter()).isNull();
		String board = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/board/" + p.projectId())).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(board).contains("2026-Q2 业主满意度调查", "已回收 2 / ", "2.5", "4.5");

		CLOCK.advance(Duration.ofDays(6));
		invitations.remind();
		assertThat(invited("survey-reminder:%:%")).doesNotContainAnyElementsOf(p.householdIds());
		CLOCK.advance(Duration.ofDays(2));
		invitations.remind();
		invitations.remind();
		assertThat(invited("survey-reminder:" + q2 + ":%")).containsExactly(sampled.get(2));
		assertThat(invited("survey-reminder:" + q1 + ":%")).isEmpty();
	}

	@Test
	void administratorsBuildQuestionnairesThatNeverChange() throws Exception {
		String name = unique("问卷");
		Map<String, Object> question = Map.of("element", "CLEANING", "textZh", "保洁是否到位？", "textEn", "Is it clean?",
				"comment", true);
		post("/api/v1/surveys/questionnaires", p.manager(), Map.of("name", name, "questions", List.of(question)))
			.expect(403);
		post("/api/v1/surveys/questionnaires", ADMIN, Map.of("name", name, "questions",
				List.of(question, question))).expect(400);
		JsonNode v1 = post("/api/v1/surveys/questionnaires", ADMIN, Map.of("name", name, "questions", List.of(question)))
			.expect(201);
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		JsonNode v2 = post("/api/v1/surveys/questionnaires", ADMIN, Map.of("name", name, "questions",
				List.of(question, Map.of("element", "GREENERY", "textZh", "绿化", "textEn", "Greenery", "comment", false))))
			.expect(201);
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(get("/api/v1/surveys/questionnaires/" + v1.get("id").asLong(), p.agent()).expect(200)
			.get("questions")).hasSize(1);
		assertThat(get("/api/v1/surveys/questionnaires", p.agent()).expect(200).findValuesAsString("name"))
			.contains("物业服务满意度调查", name);

		long round = post("/api/v1/projects/" + p.projectId() + "/surveys", p.manager(), Map.of("quarter", "2025-Q4",
				"share", 0.25, "questionnaireId", v2.get("id").asLong())).expect(201).get("id").asLong();
		long household = get("/api/v1/surveys/" + round + "/households", p.agent()).expect(200).get(0)
			.get("householdId").asLong();
		post("/api/v1/surveys/" + round + "/households/" + household + "/answers", p.agent(),
				Map.of("answers", List.of(Map.of("element", "CLEANING", "score", 1), Map.of("element", "GREENERY",
						"score", 5)))).expect(201);
		JsonNode results = get("/api/v1/surveys/" + round + "/results", p.manager()).expect(200);
		assertThat(results.get("elements").findValuesAsString("element")).containsExactly("CLEANING", "GREENERY");
		assertThat(results.has("previous")).isFalse();
	}

	@Test
	void anOwnerAnswersOnTheMobilePageOnce() throws Exception {
		long round = post("/api/v1/projects/" + p.projectId() + "/surveys", p.manager(),
				Map.of("quarter", "2026-Q3", "share", 0.25, "seed", 3)).expect(201).get("id").asLong();
		long household = get("/api/v1/surveys/" + round + "/households", p.agent()).expect(200).get(0)
			.get("householdId").asLong();
		long outsider = p.householdIds().stream().filter(h -> h != household).findFirst().orElseThrow();
		Owner owner = owner(household);
		String page = "/owner/surveys/" + round;

		var shown = mvc.perform(MockMvcRequestBuilders.get(page).with(authentication(new SignedInOwner(owner))))
			.andReturn().getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(shown.getContentAsString()).contains("2026年第3季度物业服务满意度调查", "服务态度", "name=\"score_EFFICIENCY\"")
			.doesNotContain("<script", "style=");

		var form = MockMvcRequestBuilders.post(page).with(authentication(new SignedInOwner(owner))).with(csrf());
		ELEMENTS.stream().skip(1).forEach(e -> form.param("score_" + e, "4"));
		var incomplete = mvc.perform(form).andReturn().getResponse();
		assertThat(incomplete.getStatus()).isEqualTo(200);
		assertThat(incomplete.getContentAsString()).contains("请为每一项打分", "id=\"q-ATTITUDE\" class=\"invalid\"");
		form.param("score_ATTITUDE", "1").param("comment_ATTITUDE", "<b>保安不理人</b>");
		assertThat(mvc.perform(form).andReturn().getResponse().getRedirectedUrl()).isEqualTo(page + "?thanks");
		assertThat(mvc.perform(form).andReturn().getResponse().getContentAsString()).contains("以第一次提交为准");
		assertThat(mvc.perform(MockMvcRequestBuilders.get(page).with(authentication(new SignedInOwner(owner))))
			.andReturn().getResponse().getContentAsString()).contains("您已完成本次调查").doesNotContain("survey-form");
		assertThat(get("/api/v1/surveys/follow-ups?projectId=" + p.projectId(), p.agent()).expect(200).toString())
			.contains("<b>保安不理人</b>", "\"score\":1");
		var foreign = mvc.perform(MockMvcRequestBuilders.get(page).with(authentication(new SignedInOwner(owner(outsider)))))
			.andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(foreign.getContentAsString()).contains("未找到这份调查");
	}

	private List<Map<String, Object>> scores(int attitude, int others, String comment) {
		List<Map<String, Object>> scores = new ArrayList<>();
		for (String element : ELEMENTS) {
			Map<String, Object> score = new HashMap<>();
			score.put("element", element);
			score.put("score", element.equals("ATTITUDE") ? attitude : others);
			if (element.equals("ATTITUDE") && comment != null) {
				score.put("comment", comment);
			}
			scores.add(score);
		}
		return scores;
	}

	private Owner owner(long householdId) {
		int i = p.householdIds().indexOf(householdId);
		return new Owner(p.residentIds().get(i), householdId, p.projectId(), "业主");
	}

	private Set<Long> invited(String keyPattern) {
		return new HashSet<>(jdbc.queryForList(
				"select household_id from notification_message where idempotency_key like ?", Long.class, keyPattern));
	}

	private Response as(Owner who, HttpMethod method, String path, Object body) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.with(authentication(new UsernamePasswordAuthenticationToken(new Login(who), null, List.of())));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return new Response(mvc.perform(request).andReturn());
	}

}
