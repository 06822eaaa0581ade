package org.anju.notification;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;

import tools.jackson.databind.JsonNode;

/** The outbox's integration tests: a project of their own, a complaint and the messages it caused. */
abstract class OutboxApiTest extends ApiTest {

	ProjectFixture p;

	/** A lighting complaint by phone from the resident, which queues the owner's acknowledgement. */
	JsonNode complaint(long residentId) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", residentId, "channel", "PHONE", "content",
				"楼道灯坏了三天", "topic", "LIGHTING", "urgency", "NORMAL")).expect(201);
	}

	JsonNode messages(JsonNode complaint) throws Exception {
		return get("/api/v1/complaints/" + complaint.get("id").asLong() + "/messages", p.agent()).expect(200);
	}

}
