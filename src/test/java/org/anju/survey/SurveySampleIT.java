package org.anju.survey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The quarterly sample over a project of 1,000 households (950 occupied): exactly ceil(20%) of the
 * occupied households, none of the previous quarter's, reproducible from the logged seed, and a
 * shortfall reported when the lookback leaves too few.
 */
@ExtendWith(OutputCaptureExtension.class)
class SurveySampleIT extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> projects = new ArrayList<>();

	/**
	 * The hundreds of invitations these rounds queue are never delivered here; removed, so that the
	 * delivery batch (500 due messages) of later tests on the same database is not taken up by them.
	 */
	@AfterEach
	void forgetInvitations() {
		projects.forEach(id -> jdbc.update("delete from notification_message where idempotency_key like 'survey:%' "
				+ "and household_id in (select household_id from survey_sample where project_id = ?)", id));
	}

	@Test
	void aQuarterlySampleOfAThousandHouseholds(CapturedOutput output) throws Exception {
		long projectId = bigProject();
		projects.add(projectId);
		String manager = fixtures.staff(projectId, "MANAGER", null);
		Set<String> empty = new HashSet<>();

		JsonNode q1 = post("/api/v1/projects/" + projectId + "/surveys", manager,
				Map.of("quarter", "2026-Q1", "seed", 20260101L)).expect(201);
		assertThat(q1.get("occupied").asInt()).isEqualTo(950);
		assertThat(q1.get("target").asInt()).isEqualTo(190);
		assertThat(q1.get("sampled").asInt()).isEqualTo(190);
		assertThat(q1.get("shortfall").asInt()).isZero();
		assertThat(q1.get("seed").asLong()).isEqualTo(20260101L);
		assertThat(q1.get("share").asDouble()).isEqualTo(0.2);
		assertThat(q1.get("lookbackQuarters").asInt()).isEqualTo(4);
		Set<String> first = sample(q1.get("id").asLong(), manager, empty);
		assertThat(first).hasSize(190);
		assertThat(empty).as("unoccupied households are never sampled").isEmpty();
		assertThat(output.getOut()).contains("Survey round " + q1.get("id").asLong() + " for project " + projectId
				+ " 2026-Q1: seed 20260101");

		JsonNode q2 = post("/api/v1/projects/" + projectId + "/surveys", manager, Map.of("quarter", "2026-Q2"))
			.expect(201);
		assertThat(q2.get("sampled").asInt()).isEqualTo(190);
		long drawnSeed = q2.get("seed").asLong();
		assertThat(output.getOut()).contains("2026-Q2: seed " + drawnSeed + ",");
		assertThat(get("/api/v1/surveys/" + q2.get("id").asLong(), manager).expect(200).get("seed").asLong())
			.isEqualTo(drawnSeed);
		Set<String> second = sample(q2.get("id").asLong(), manager, empty);
		assertThat(second).hasSize(190).doesNotContainAnyElementsOf(first);

		JsonNode again = post("/api/v1/projects/" + projectId + "/surveys", manager,
				Map.of("quarter", "2027-Q1", "seed", 20260101L, "lookbackQuarters", 0)).expect(201);
		assertThat(sample(again.get("id").asLong(), manager, empty)).isEqualTo(first);

		post("/api/v1/projects/" + projectId + "/surveys", manager, Map.of("quarter", "2026-Q1")).expect(409);
		post("/api/v1/projects/" + projectId + "/surveys", manager, Map.of("quarter", "2026-5")).expect(400);
		post("/api/v1/projects/" + projectId + "/surveys", fixtures.project().manager(), Map.of("quarter", "2026-Q3"))
			.expect(404);
	}

	@Test
	void aShortfallIsReportedWhenTheLookbackLeavesTooFew(CapturedOutput output) throws Exception {
		ProjectFixture p = fixtures.project();
		projects.add(p.projectId());
		String path = "/api/v1/projects/" + p.projectId() + "/surveys";
		post(path, p.agent(), Map.of("quarter", "2026-Q1")).expect(403);
		JsonNode q1 = post(path, p.manager(), Map.of("quarter", "2026-Q1", "share", 0.5)).expect(201);
		assertThat(q1.get("sampled").asInt()).isEqualTo(2);
		assertThat(q1.has("note")).isFalse();

		JsonNode q2 = post(path, p.manager(), Map.of("quarter", "2026-Q2", "share", 0.75)).expect(201);
		assertThat(q2.get("target").asInt()).isEqualTo(3);
		assertThat(q2.get("sampled").asInt()).isEqualTo(2);
		assertThat(q2.get("shortfall").asInt()).isEqualTo(1);
		assertThat(q2.get("note").asString()).contains("short of the 3 wanted");
		assertThat(output.getOut()).contains("WARN").contains("1 short of the 3 wanted");

		JsonNode q3 = post(path, p.manager(), Map.of("quarter", "2026-Q3", "share", 0.5)).expect(201);
		assertThat(q3.get("sampled").asInt()).isZero();
		assertThat(q3.get("shortfall").asInt()).isEqualTo(2);
	}

	/** The labels of a round's sampled households; labels of unoccupied households go to {@code empty}. */
	private Set<String> sample(long roundId, String user, Set<String> empty) throws Exception {
		Set<String> labels = new HashSet<>();
		for (JsonNode h : get("/api/v1/surveys/" + roundId + "/households", user).expect(200)) {
			String label = h.get("household").asString();
			labels.add(label);
			if (label.endsWith("00")) {
				empty.add(label);
			}
		}
		return labels;
	}

	/** A project of 10 buildings × 2 units × 50 rooms; in unit 1 the rooms x00 (one household in 20) have nobody. */
	private long bigProject() throws Exception {
		long companyId = fixtures.company();
		String code = unique("S");
		long projectId = post("/api/v1/projects", ADMIN,
				Map.of("companyId", companyId, "code", code, "name", "千户花园" + code, "address", "深圳市"))
			.expect(201).get("id").asLong();
		int prefix = (int) (System.nanoTime() % 1000);
		StringBuilder csv = new StringBuilder("楼栋,单元,房号,姓名,关系,手机\n");
		int n = 0;
		for (int b = 1; b <= 10; b++) {
			for (int u = 1; u <= 2; u++) {
				for (int floor = 1; floor <= 25; floor++) {
					for (int r = 0; r <= 1; r++) {
						String room = floor * 100 + (u == 1 && r == 0 && floor % 5 == 0 ? 0 : r + 1) + "";
						boolean nobody = room.endsWith("00");
						csv.append(b).append("栋,").append(u).append("单元,").append(room).append(',');
						csv.append(nobody ? ",," : "住户" + n + ",业主," + String.format("137%03d%05d", prefix, n)).append('\n');
						n++;
					}
				}
			}
		}
		var request = MockMvcRequestBuilders.multipart("/api/v1/projects/" + projectId + "/imports")
			.file(new MockMultipartFile("file", "roster.csv", MediaType.APPLICATION_OCTET_STREAM_VALUE,
					csv.toString().getBytes(StandardCharsets.UTF_8)))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.with(httpBasic(ADMIN, "test-admin-pw"));
		JsonNode summary = new Response(mvc.perform(request).andReturn()).expect(200);
		assertThat(summary.get("householdsCreated").asInt()).isEqualTo(1000);
		assertThat(summary.get("residentsCreated").asInt()).isEqualTo(950);
		return projectId;
	}

}
