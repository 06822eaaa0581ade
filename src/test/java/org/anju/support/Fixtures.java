package org.anju.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import static org.anju.support.ApiTest.ADMIN;
import static org.anju.support.ApiTest.PASSWORD;
import static org.anju.support.ApiTest.unique;

/** Builds a small project through the public API: buildings, households, residents and one staff member per role. */
public class Fixtures {

	private final ApiTest api;

	Fixtures(ApiTest api) {
		this.api = api;
	}

	public long company() throws Exception {
		String code = unique("C");
		return api.post("/api/v1/companies", ADMIN, Map.of("code", code, "name", "物业公司" + code)).expect(201)
			.get("id").asLong();
	}

	/** A project with two buildings, one unit each, two households per unit and a resident in each. */
	public ProjectFixture project() throws Exception {
		long companyId = company();
		String code = unique("P");
		long projectId = api.post("/api/v1/projects", ADMIN,
				Map.of("companyId", companyId, "code", code, "name", "安居花园" + code, "address", "深圳市南山区"))
			.expect(201).get("id").asLong();
		List<Long> buildings = new ArrayList<>();
		List<Long> households = new ArrayList<>();
		List<Long> residents = new ArrayList<>();
		for (int b = 1; b <= 2; b++) {
			long buildingId = api.post("/api/v1/projects/" + projectId + "/buildings", ADMIN, Map.of("name", b + "栋"))
				.expect(201).get("id").asLong();
			buildings.add(buildingId);
			long unitId = api.post("/api/v1/buildings/" + buildingId + "/units", ADMIN, Map.of("name", "1单元"))
				.expect(201).get("id").asLong();
			for (int r = 1; r <= 2; r++) {
				long householdId = api.post("/api/v1/units/" + unitId + "/households", ADMIN,
						Map.of("room", "1" + r + "01", "floor", 10 + r)).expect(201).get("id").asLong();
				households.add(householdId);
				residents.add(api.post("/api/v1/households/" + householdId + "/residents", ADMIN,
						Map.of("name", "业主" + b + r, "relation", "OWNER", "mobile", mobile(), "preferredChannel", "SMS"))
					.expect(201).get("id").asLong());
			}
		}
		return new ProjectFixture(companyId, projectId, buildings, households, residents,
				staff(projectId, "AGENT", "CUSTOMER_SERVICE"), staff(projectId, "STAFF", "ENGINEERING"),
				staff(projectId, "SUPERVISOR", "ENGINEERING"), staff(projectId, "MANAGER", null),
				staff(projectId, "REVIEWER", "CUSTOMER_SERVICE"));
	}

	/** Creates a staff member of the project with one role; returns the username (password {@link ApiTest#PASSWORD}). */
	public String staff(long projectId, String role, String department) throws Exception {
		String username = unique(role.toLowerCase());
		Map<String, Object> details = new java.util.HashMap<>();
		details.put("displayName", "员工" + username);
		details.put("roles", Set.of(role));
		details.put("projectIds", Set.of(projectId));
		details.put("departmentCode", department);
		api.post("/api/v1/staff", ADMIN, Map.of("username", username, "password", PASSWORD, "details", details))
			.expect(201);
		return username;
	}

	/**
	 * Takes a complaint of the project to RESOLVED through the REST API: given to the fixture's staff
	 * member (assigned or reassigned), started and resolved by them; returns the complaint.
	 */
	public JsonNode resolve(ProjectFixture p, long id, String summary) throws Exception {
		String path = "/api/v1/complaints/" + id;
		long staffId = staffId(p.staff());
		JsonNode complaint = api.get(path, p.agent()).expect(200);
		if ("RECEIVED".equals(complaint.get("status").asString())) {
			api.post(path + "/assign", p.agent(), Map.of("assigneeId", staffId)).expect(200);
		}
		else if (complaint.get("assigneeId") == null || complaint.get("assigneeId").asLong() != staffId) {
			api.post(path + "/reassign", p.supervisor(), Map.of("assigneeId", staffId, "reason", "工程部处理"))
				.expect(200);
		}
		if (!"IN_PROGRESS".equals(complaint.get("status").asString())) {
			api.post(path + "/start", p.staff(), null).expect(200);
		}
		return api.post(path + "/resolve", p.staff(), Map.of("summary", summary)).expect(200);
	}

	public long staffId(String username) throws Exception {
		return api.get("/api/v1/staff/me", username).expect(200).get("id").asLong();
	}

	private static String mobile() {
		return "139" + String.format("%08d", Math.abs(unique("").hashCode()) % 100_000_000);
	}

	/** What {@link #project()} created. */
	public record ProjectFixture(long companyId, long projectId, List<Long> buildingIds, List<Long> householdIds,
			List<Long> residentIds, String agent, String staff, String supervisor, String manager, String reviewer) {
	}

}
