package org.anju.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.anju.complaint.Channel;
import org.anju.platform.security.Owner;
import org.anju.platform.security.OwnerPrincipal;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Owners complain and follow their household's complaints through the intake pipeline: the raw
 * request is kept, a second message about the same thing joins the open complaint, a retried
 * request is recognised, and owners see nothing but their own household and the public timeline.
 * Also the inbound log and quarantine as staff see them.
 */
class OwnerApiIT extends ApiTest {

	record Login(Owner owner) implements OwnerPrincipal {
	}

	@Autowired
	Intake intake;

	ProjectFixture p;

	Owner owner;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		owner = new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), "业主11");
	}

	@Test
	void anOwnersComplaintIsKeptRawTriagedAssignedAndMeasured() throws Exception {
		Map<String, String> body = Map.of("content", "楼上卫生间漏水，我家天花板在滴水", "via", "APP");
		Response created = as(owner, HttpMethod.POST, "/api/v1/owner/complaints", body, Map.of());
		JsonNode receipt = created.expect(201);
		assertThat(receipt.get("status").asString()).isEqualTo("ACCEPTED");
		long id = receipt.get("complaintId").asLong();
		assertThat(created.header("Location")).isEqualTo("/api/v1/owner/complaints/" + id);

		JsonNode complaint = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		assertThat(complaint.get("channel").asString()).isEqualTo("APP");
		assertThat(complaint.get("complainant").get("residentId").asLong()).isEqualTo(owner.residentId());
		assertThat(complaint.get("topic").asString()).isEqualTo("WATER_LEAK");
		assertThat(complaint.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(complaint.get("intakeMillis").asLong()).isGreaterThanOrEqualTo(0);

		JsonNode messages = get("/api/v1/intake/messages?complaintId=" + id, p.agent()).expect(200);
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).get("status").asString()).isEqualTo("ACCEPTED");
		Response raw = get("/api/v1/intake/messages/" + messages.get(0).get("id").asLong() + "/raw", p.agent());
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.result().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("天花板在滴水");
		assertThat(raw.header("Content-Disposition")).startsWith("attachment");

		JsonNode stats = get("/api/v1/complaints/stats/intake?projectId=" + p.projectId(), p.manager()).expect(200);
		assertThat(stats.findValuesAsString("channel")).contains("APP");
	}

	@Test
	void theSameThingAgainJoinsTheOpenComplaintAndARetryIsRecognised() throws Exception {
		Map<String, String> body = Map.of("content", "小区门口的路灯坏了，晚上很黑");
		long id = as(owner, HttpMethod.POST, "/api/v1/owner/complaints", body, Map.of("Idempotency-Key", "k1"))
			.expect(201).get("complaintId").asLong();

		JsonNode retry = as(owner, HttpMethod.POST, "/api/v1/owner/complaints", body, Map.of("Idempotency-Key", "k1"))
			.expect(200);
		assertThat(retry.get("replay").asBoolean()).isTrue();
		assertThat(retry.get("complaintId").asLong()).isEqualTo(id);

		JsonNode again = as(owner, HttpMethod.POST, "/api/v1/owner/complaints",
				Map.of("content", "路灯还是坏的，门口路灯一直不亮"), Map.of()).expect(200);
		assertThat(again.get("status").asString()).isEqualTo("MERGED");
		assertThat(again.get("complaintId").asLong()).isEqualTo(id);

		assertThat(as(owner, HttpMethod.GET, "/api/v1/owner/complaints", null, Map.of()).expect(200)).hasSize(1);
		JsonNode timeline = get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200);
		assertThat(timeline.findValuesAsString("type")).containsOnlyOnce("OWNER_MESSAGE");
		assertThat(get("/api/v1/intake/messages?complaintId=" + id, p.agent()).expect(200).findValuesAsString("status"))
			.containsExactly("ACCEPTED", "MERGED");
	}

	@Test
	void ownersSeeTheirHouseholdAndThePublicTimelineOnly() throws Exception {
		long id = as(owner, HttpMethod.POST, "/api/v1/owner/complaints", Map.of("content", "垃圾桶满了没人清理"), Map.of())
			.expect(201).get("complaintId").asLong();
		post("/api/v1/complaints/" + id + "/notes", p.agent(), Map.of("text", "内部备注：保洁员请假")).expect(201);
		post("/api/v1/complaints/" + id + "/notes", p.agent(),
				Map.of("text", "已安排保洁今天下午清理", "visibility", "PUBLIC")).expect(201);

		JsonNode mine = as(owner, HttpMethod.GET, "/api/v1/owner/complaints/" + id, null, Map.of()).expect(200);
		assertThat(mine.get("timeline").toString()).contains("已安排保洁").doesNotContain("保洁员请假");

		Owner neighbour = new Owner(p.residentIds().get(1), p.householdIds().get(1), p.projectId(), "业主12");
		as(neighbour, HttpMethod.GET, "/api/v1/owner/complaints/" + id, null, Map.of()).expect(404);
		as(neighbour, HttpMethod.POST, "/api/v1/owner/complaints/" + id + "/messages", Map.of("text", "我也是"), Map.of())
			.expect(404);
		assertThat(as(neighbour, HttpMethod.GET, "/api/v1/owner/complaints", null, Map.of()).expect(200)).isEmpty();

		Owner impostor = new Owner(p.residentIds().get(0), p.householdIds().get(1), p.projectId(), "冒名");
		as(impostor, HttpMethod.GET, "/api/v1/owner/complaints", null, Map.of()).expect(403);
		as(owner, HttpMethod.GET, "/api/v1/complaints/" + id, null, Map.of()).expect(403);
		get("/api/v1/owner/complaints", p.agent()).expect(403);
		get("/api/v1/owner/complaints", null).expect(401);
	}

	@Test
	void anOwnerAddsAPhotoToTheirComplaintAndNothingElse() throws Exception {
		long id = as(owner, HttpMethod.POST, "/api/v1/owner/complaints", Map.of("content", "楼道墙皮脱落"), Map.of())
			.expect(201).get("complaintId").asLong();
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		JsonNode file = upload(owner, id, "wall.png", png).expect(201);
		assertThat(file.get("contentType").asString()).isEqualTo("image/png");
		JsonNode mine = as(owner, HttpMethod.GET, "/api/v1/owner/complaints/" + id, null, Map.of()).expect(200);
		assertThat(mine.get("attachments").findValuesAsString("fileName")).containsExactly("wall.png");
		Response download = as(owner, HttpMethod.GET,
				"/api/v1/owner/complaints/" + id + "/attachments/" + file.get("id").asLong(), null, Map.of());
		assertThat(download.result().getResponse().getContentAsByteArray()).isEqualTo(png);

		byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
		upload(owner, id, "photo.png", script).expect(400);
		Owner neighbour = new Owner(p.residentIds().get(1), p.householdIds().get(1), p.projectId(), "业主12");
		as(neighbour, HttpMethod.GET, "/api/v1/owner/complaints/" + id + "/attachments/" + file.get("id").asLong(),
				null, Map.of()).expect(404);
	}

	@Test
	void aFollowUpIsThreadedAndAWithdrawnComplaintTakesNone() throws Exception {
		long id = as(owner, HttpMethod.POST, "/api/v1/owner/complaints", Map.of("content", "电梯按钮失灵"), Map.of())
			.expect(201).get("complaintId").asLong();
		JsonNode threaded = as(owner, HttpMethod.POST, "/api/v1/owner/complaints/" + id + "/messages",
				Map.of("text", "补充：是3号电梯的8楼按钮"), Map.of()).expect(201);
		assertThat(threaded.get("status").asString()).isEqualTo("THREADED");
		assertThat(get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).toString())
			.contains("3号电梯的8楼按钮");

		as(owner, HttpMethod.POST, "/api/v1/owner/complaints", Map.of("content", " "), Map.of()).expect(400);
		as(owner, HttpMethod.POST, "/api/v1/owner/complaints", Map.of("content", "x", "via", "FAX"), Map.of())
			.expect(400);

		post("/api/v1/complaints/" + id + "/cancel", p.supervisor(), Map.of("reason", "业主撤回")).expect(200);
		as(owner, HttpMethod.POST, "/api/v1/owner/complaints/" + id + "/messages", Map.of("text", "还没修"), Map.of())
			.expect(409);
	}

	@Test
	void theQuarantineKeepsWhatCouldNotBeTakenForStaffOfItsProject() throws Exception {
		byte[] raw = "<xml>不完整".getBytes(StandardCharsets.UTF_8);
		Intake.Taken taken = intake.take(new Inbound(Channel.WECHAT, "msg-" + unique(""), p.projectId(), "openid-x",
				null, raw, "application/xml", Instant.now()), m -> {
					throw new IllegalStateException("cannot parse the XML");
				});
		long id = taken.message().getId();
		assertThat(taken.message().getStatus()).isEqualTo(InboundStatus.QUARANTINED);

		JsonNode waiting = get("/api/v1/intake/messages", p.agent()).expect(200);
		assertThat(waiting.findValuesAsString("reason")).contains("cannot parse the XML");
		assertThat(get("/api/v1/intake/messages/" + id + "/raw", ADMIN).result().getResponse().getContentAsByteArray())
			.isEqualTo(raw);
		ProjectFixture other = fixtures.project();
		get("/api/v1/intake/messages/" + id, other.agent()).expect(404);
		get("/api/v1/intake/messages/" + id, p.staff()).expect(403);

		post("/api/v1/intake/messages/" + id + "/discard", p.agent(), Map.of("reason", "测试")).expect(403);
		post("/api/v1/intake/messages/" + id + "/discard", p.supervisor(), Map.of()).expect(400);
		JsonNode discarded = post("/api/v1/intake/messages/" + id + "/discard", p.supervisor(),
				Map.of("reason", "垃圾消息")).expect(200);
		assertThat(discarded.get("status").asString()).isEqualTo("DISCARDED");
		assertThat(discarded.get("handledBy").asString()).isEqualTo(p.supervisor());
		post("/api/v1/intake/messages/" + id + "/discard", p.supervisor(), Map.of("reason", "again")).expect(409);
		assertThat(get("/api/v1/intake/messages", p.agent()).expect(200).findValuesAsString("id")).doesNotContain(String.valueOf(id));
	}

	@Test
	void aQuarantinedMessageIsResolvedByAComplaintMadeByHand() throws Exception {
		Intake.Taken taken = intake.take(new Inbound(Channel.EMAIL, null, p.projectId(), "someone@example.com", "投诉",
				"raw".getBytes(StandardCharsets.UTF_8), "message/rfc822", Instant.now()),
				m -> intake.quarantine(m, "no sender we know"));
		long complaint = post("/api/v1/complaints", p.agent(), Map.of("residentId", owner.residentId(), "channel",
				"EMAIL", "content", "车位被人占了")).expect(201).get("id").asLong();
		long foreign = post("/api/v1/complaints", fixtures.project().agent(), Map.of("complainantName", "路人",
				"complainantPhone", "13000000000", "projectId", p.projectId(), "channel", "EMAIL", "content", "噪音"))
			.status();
		assertThat(foreign).isEqualTo(400);
		JsonNode resolved = post("/api/v1/intake/messages/" + taken.message().getId() + "/resolve", p.agent(),
				Map.of("complaintId", complaint)).expect(200);
		assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("complaintId").asLong()).isEqualTo(complaint);
	}

	private Response upload(Owner who, long complaintId, String name, byte[] content) throws Exception {
		return new Response(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/owner/complaints/" + complaintId + "/attachments")
			.file(new MockMultipartFile("file", name, "image/png", content))
			.with(authentication(new UsernamePasswordAuthenticationToken(new Login(who), null, List.of()))))
			.andReturn());
	}

	private Response as(Owner who, HttpMethod method, String path, Object body, Map<String, String> headers)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.with(authentication(new UsernamePasswordAuthenticationToken(new Login(who), null, List.of())));
		headers.forEach(request::header);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return new Response(mvc.perform(request).andReturn());
	}

}
