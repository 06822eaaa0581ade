package org.anju.vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.platform.security.Owner;
import org.anju.platform.security.OwnerPrincipal;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Vehicles of a household: Mainland plates (new-energy ones too) accepted and normalised, wrong
 * ones refused with field {@code plate}, one active vehicle per plate and project, the gate's
 * look-up (audited, nothing personal, only for the project's staff) and the lease reminder.
 */
class VehicleIT extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	record Login(Owner owner) implements OwnerPrincipal {
	}

	@Autowired
	LeaseReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	String path(int household) {
		return "/api/v1/households/" + p.householdIds().get(household) + "/vehicles";
	}

	JsonNode add(int household, String plate, String space, LocalDate lease, int status) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("plate", plate);
		body.put("parkingSpace", space);
		body.put("leaseExpires", lease == null ? null : lease.toString());
		body.put("residentId", p.residentIds().get(household));
		return post(path(household), p.agent(), body).expect(status);
	}

	@Test
	void mainlandPlatesAreNormalisedAndWrongOnesRefused() throws Exception {
		assertThat(add(0, "粤B12345", "A-001", null, 201).get("plate").asString()).isEqualTo("粤B12345");
		assertThat(add(0, "京AD12345", null, null, 201).get("plate").asString()).isEqualTo("京AD12345");
		assertThat(add(0, "沪A12345D", null, null, 201).get("plate").asString()).isEqualTo("沪A12345D");
		assertThat(add(1, " 粤b·6789 0 ", null, null, 201).get("plate").asString()).isEqualTo("粤B67890");
		assertThat(add(1, "浙Ａ－ｋ１２３４", null, null, 201).get("plate").asString()).isEqualTo("浙AK1234");
		assertThat(add(1, "粤B1234学", null, null, 201).get("plate").asString()).isEqualTo("粤B1234学");
		for (String wrong : List.of("粤B1234", "XXB12345", "粤BI2345", "粤B1234O", "粤1B2345", "粤B123456", "")) {
			JsonNode refused = add(2, wrong, null, null, 400);
			assertThat(refused.get("errors").findValuesAsString("field")).as(wrong).containsExactly("plate");
			assertThat(refused.get("errors").get(0).get("message").asString()).contains("车牌号");
		}
		assertThat(get(path(2), p.agent()).expect(200)).isEmpty();

		// one active vehicle per plate in a project: 409, until the first is removed
		JsonNode twice = add(3, "粤b 12345", null, null, 409);
		assertThat(twice.get("detail").asString()).contains("粤B12345");
		long first = get(path(0), p.agent()).expect(200).get(0).get("id").asLong();
		call(org.springframework.http.HttpMethod.DELETE, path(0) + "/" + first, p.agent(), null).expect(200);
		assertThat(add(3, "粤B12345", null, null, 201).get("active").asBoolean()).isTrue();
		// another project may have the same plate
		ProjectFixture other = fixtures.project();
		post("/api/v1/households/" + other.householdIds().get(0) + "/vehicles", other.agent(),
				Map.of("plate", "京AD12345")).expect(201);

		// an edit keeps the rules; STAFF may read but not change; another project sees nothing
		JsonNode vehicle = get(path(3), p.agent()).expect(200).get(0);
		put(path(3) + "/" + vehicle.get("id").asLong(), p.agent(), Map.of("plate", "粤BI2345")).expect(400);
		put(path(3) + "/" + vehicle.get("id").asLong(), p.agent(),
				Map.of("plate", "粤B12345", "brand", "比亚迪", "colour", "白", "version", vehicle.get("version").asLong()))
			.expect(200);
		assertThat(get(path(3), p.staff()).expect(200).get(0).get("brand").asString()).isEqualTo("比亚迪");
		post(path(3), p.staff(), Map.of("plate", "粤B54321")).expect(403);
		get(path(3), other.agent()).expect(404);
		post(path(3), other.manager(), Map.of("plate", "粤B54321")).expect(404);
	}

	@Test
	void theGateLooksUpAPlateInItsProjectOnly() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		add(0, "粤B11111", "B2-018", today.plusMonths(6), 201);
		add(1, "粤B22222", "B2-019", today.minusDays(3), 201);
		String gate = "/api/v1/projects/" + p.projectId() + "/plates/";
		int audited = audited();

		JsonNode found = get(gate + "粤b11111", p.staff()).expect(200);
		assertThat(found.get("household").asString()).isEqualTo("1栋1单元1101");
		assertThat(found.get("parkingSpace").asString()).isEqualTo("B2-018");
		assertThat(found.get("leaseExpires").asString()).isEqualTo(today.plusMonths(6).toString());
		assertThat(found.get("leaseExpired").asBoolean()).isFalse();
		assertThat(found.get("active").asBoolean()).isTrue();
		assertThat(found.toString()).doesNotContain("业主", "139");
		assertThat(audited()).isEqualTo(audited + 1);
		assertThat(jdbc.queryForObject("select what from audit_access where project_id = ? order by id desc fetch first 1 rows only",
				String.class, p.projectId())).isEqualTo("gate-plate-lookup");

		assertThat(get(gate + "粤B22222", p.agent()).expect(200).get("leaseExpired").asBoolean()).isTrue();
		get(gate + "粤B99999", p.staff()).expect(404);
		ProjectFixture other = fixtures.project();
		get(gate + "粤B11111", other.manager()).expect(404);
		get("/api/v1/projects/" + other.projectId() + "/plates/粤B11111", p.staff()).expect(404);
		get(gate + "粤B11111", null).expect(401);
		Owner owner = new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), "业主11");
		int status = mvc.perform(MockMvcRequestBuilders.get(gate + "粤B11111").accept(MediaType.APPLICATION_JSON)
			.with(authentication(new UsernamePasswordAuthenticationToken(new Login(owner), null, List.of()))))
			.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(audited()).isEqualTo(audited + 2);
	}

	@Test
	void householdsWhoseLeaseRunsOutAreRemindedOnce() throws Exception {
		Instant now = Instant.parse("2031-03-01T01:00:00Z");
		LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
		add(0, "粤C10001", "C-1", today.plusDays(20), 201);
		add(0, "粤C10002", "C-2", today.plusDays(20), 201); // same household and date: one message
		add(1, "粤C10003", "C-3", today.minusDays(10), 201);
		add(2, "粤C10004", "C-4", today.plusDays(45), 201); // not yet
		add(3, "粤C10005", "C-5", today.minusDays(40), 201); // long gone
		long removed = add(3, "粤C10006", "C-6", today.plusDays(5), 201).get("id").asLong();
		call(org.springframework.http.HttpMethod.DELETE, path(3) + "/" + removed, p.agent(), null).expect(200);

		reminders.remind(now);
		reminders.remind(now.plusSeconds(3600));

		assertThat(reminded(0)).hasSize(1);
		assertThat(reminded(0).get(0)).contains("续约", "粤C10001", "粤C10002", today.plusDays(20).getYear() + "年");
		assertThat(reminded(1)).hasSize(1);
		assertThat(reminded(2)).isEmpty();
		assertThat(reminded(3)).isEmpty();

		// a renewed lease is a new date: reminded again when it comes due
		JsonNode vehicle = get(path(1), p.agent()).expect(200).get(0);
		put(path(1) + "/" + vehicle.get("id").asLong(), p.agent(), Map.of("plate", "粤C10003", "parkingSpace", "C-3",
				"leaseExpires", today.plusDays(25).toString())).expect(200);
		reminders.remind(now.plusSeconds(7200));
		assertThat(reminded(1)).hasSize(2);
	}

	List<String> reminded(int household) {
		return jdbc.queryForList("select body from notification_message where idempotency_key like ?", String.class,
				"parking-lease:" + p.householdIds().get(household) + ":%");
	}

	int audited() {
		return jdbc.queryForObject("select count(*) from audit_access where project_id = ?", Integer.class,
				p.projectId());
	}

}
