package org.anju.portal;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures;
import org.anju.support.Fixtures.ProjectFixture;
import tools.jackson.databind.JsonNode;

/** Staff handle an owner's complaint through the REST API: to the fixture's staff member, started, resolved. */
final class Handling {

	private Handling() {
	}

	static JsonNode resolve(ApiTest api, Fixtures fixtures, ProjectFixture p, long id, String summary) throws Exception {
		String path = "/api/v1/complaints/" + id;
		long staffId = fixtures.staffId(p.staff());
		JsonNode complaint = api.get(path, p.agent()).expect(200);
		if ("RECEIVED".equals(complaint.get("status").asString())) {
			api.post(path + "/assign", p.agent(), Map.of("assigneeId", staffId)).expect(200);
		}
		else if (complaint.get("assigneeId") == null || complaint.get("assigneeId").asLong() != staffId) {
			api.post(path + "/reassign", p.supervisor(), Map.of("assigneeId", staffId, "reason", "工程部处理"))
				.expect(200);
		}
		api.post(path + "/start", p.staff(), null).expect(200);
		return api.post(path + "/resolve", p.staff(), Map.of("summary", summary)).expect(200);
	}

}
