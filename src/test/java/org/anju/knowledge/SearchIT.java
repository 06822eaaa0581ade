package org.anju.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.feedback.Ratings;
import org.anju.knowledge.KnowledgeSearch.Hit;
import org.anju.knowledge.KnowledgeSearch.Kind;
import org.anju.knowledge.KnowledgeSearch.Similar;
import org.anju.platform.security.Owner;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Similar past complaints and full-text search, kept current by the complaint's events. */
class SearchIT extends ApiTest {

	@Autowired
	KnowledgeSearch search;

	@Autowired
	Ratings ratings;

	ProjectFixture p;

	long liftRated;

	long liftUnrated;

	long parking;

	long liftOpen;

	@BeforeEach
	void pastComplaints() throws Exception {
		p = fixtures.project();
		liftRated = resolved(p, "3栋2号电梯经常停在半层，电梯门关不上，老人上下楼很不方便", "ELEVATOR_FAULT",
				"联系电梯维保单位更换门机板，电梯已恢复运行");
		ratings.rate(liftRated, owner(p), 5, true, "维修及时");
		liftUnrated = resolved(p, "电梯按钮没反应，电梯门一直开着关不上", "ELEVATOR_FAULT", "维保人员重启控制柜并更换按钮");
		parking = resolved(p, "地下车库的车位总有外来车辆占用，物业没人管", "PARKING_OCCUPIED", "秩序维护部贴条并联系车主挪车");
		liftOpen = registered(p, "电梯门关不上，电梯在半层卡住", "ELEVATOR_FAULT");
	}

	@Test
	void similarComplaintsOfALiftComplaintAreLiftComplaintsWithResolutionAndStars() throws Exception {
		long now = registered(p, "二号楼电梯门关不上，电梯卡在半层", "ELEVATOR_FAULT");
		JsonNode similar = get("/api/v1/complaints/" + now + "/similar?limit=10", p.agent()).expect(200);
		List<Long> ids = ids(similar, "complaintId");
		assertThat(ids).containsExactlyInAnyOrder(liftRated, liftUnrated);
		JsonNode rated = similar.get(ids.indexOf(liftRated));
		assertThat(rated.get("resolution").asString()).isEqualTo("联系电梯维保单位更换门机板，电梯已恢复运行");
		assertThat(rated.get("stars").asInt()).isEqualTo(5);
		assertThat(rated.get("status").asString()).isEqualTo("CLOSED");
		assertThat(rated.get("topic").asString()).isEqualTo("ELEVATOR_FAULT");
		assertThat(rated.get("number").asString()).startsWith("TS");
		assertThat(similar.get(ids.indexOf(liftUnrated)).has("stars")).isFalse();
		assertThat(similar.get(ids.indexOf(liftUnrated)).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(similar.get(0).get("score").asDouble()).isPositive();
	}

	@Test
	void theSameTopicComesFirst() throws Exception {
		long parkingLike = resolved(p, "电梯厅门口的车位被占用", "PARKING_OCCUPIED", "已处理");
		long now = registered(p, "电梯门关不上", "ELEVATOR_FAULT");
		List<Similar> similar = search.similar(now, actor(p), 10);
		assertThat(similar).extracting(Similar::complaintId).contains(parkingLike);
		assertThat(similar.get(0).topic()).isEqualTo("ELEVATOR_FAULT");
		assertThat(similar.get(similar.size() - 1).complaintId()).isEqualTo(parkingLike);
	}

	@Test
	void traditionalChineseFindsSimplified() throws Exception {
		long traditional = registered(p, "二號樓電梯門關不上，電梯卡在半層", "ELEVATOR_FAULT");
		assertThat(search.similar(traditional, actor(p), 10)).extracting(Similar::complaintId)
			.contains(liftRated, liftUnrated)
			.doesNotContain(parking);
		List<Hit> hits = search.search("維保單位", actor(p), 10);
		assertThat(hits).extracting(Hit::complaintId).contains(liftRated);
		Hit hit = hits.stream().filter(h -> Long.valueOf(liftRated).equals(h.complaintId())).findFirst().orElseThrow();
		assertThat(hit.snippet()).contains("维保单位");
		assertThat(hit.marks()).isNotEmpty()
			.allSatisfy(m -> assertThat("维保单位").contains(hit.snippet().substring(m.start(), m.end())));
	}

	@Test
	void anotherProjectsComplaintsNeverAppear() throws Exception {
		ProjectFixture q = fixtures.project();
		long theirs = resolved(q, "3栋2号电梯经常停在半层，电梯门关不上，老人上下楼很不方便", "ELEVATOR_FAULT",
				"联系电梯维保单位更换门机板，电梯已恢复运行");
		long ours = registered(p, "电梯门关不上，停在半层", "ELEVATOR_FAULT");
		assertThat(search.similar(ours, actor(p), 50)).extracting(Similar::complaintId)
			.contains(liftRated)
			.doesNotContain(theirs);
		assertThat(search.search("电梯 维保单位", actor(p), 50)).extracting(Hit::complaintId)
			.contains(liftRated)
			.doesNotContain(theirs);
		assertThat(ids(get("/api/v1/knowledge/search?q=电梯维保单位&limit=50", q.agent()).expect(200),
				"complaintId")).contains(theirs).doesNotContain(liftRated, liftUnrated);
		get("/api/v1/complaints/" + ours + "/similar", q.agent()).expect(404);
		get("/api/v1/complaints/" + theirs + "/similar", p.manager()).expect(404);
		assertThat(search.similar(theirs, actor(q), 50)).extracting(Similar::complaintId).doesNotContain(liftRated);
	}

	@Test
	void searchFindsAPlaybookEntryOfTheCompanyOrOwnProjects() throws Exception {
		ProjectFixture q = fixtures.project();
		String company = unique("KB");
		String ourProject = unique("KB");
		String theirProject = unique("KB");
		search.indexEntry(company, null, "电梯困人处置", "安抚被困业主，维保人员三十分钟内到场，记录被困时长和救援到达时间");
		search.indexEntry(ourProject, p.projectId(), "本项目电梯困人", "本项目记录被困时长");
		search.indexEntry(theirProject, q.projectId(), "他项目电梯困人", "他项目记录被困时长");
		JsonNode found = get("/api/v1/knowledge/search?q=被困时长", p.agent()).expect(200);
		List<String> codes = codes(found);
		assertThat(codes).as(found.toString()).contains(company, ourProject).doesNotContain(theirProject);
		JsonNode entry = found.get(codes.indexOf(company));
		assertThat(entry.get("kind").asString()).isEqualTo(Kind.ENTRY.name());
		assertThat(entry.get("title").asString()).isEqualTo("电梯困人处置");
		assertThat(entry.has("projectId")).isFalse();
		String snippet = entry.get("snippet").asString();
		assertThat(entry.get("marks")).isNotEmpty();
		for (JsonNode mark : entry.get("marks")) {
			assertThat("被困时长").contains(snippet.substring(mark.get("start").asInt(), mark.get("end").asInt()));
		}
		search.removeEntry(company);
		assertThat(search.search("被困时长", actor(p), 50)).extracting(Hit::entryCode)
			.doesNotContain(company)
			.contains(ourProject);
		get("/api/v1/knowledge/search?q=", p.agent()).expect(400);
	}

	@Test
	void theIndexFollowsANewComplaintAndItsResolution() throws Exception {
		assertThat(search.search("锅炉房", actor(p), 10)).isEmpty();
		long id = registered(p, "锅炉房半夜轰鸣，吵得睡不着", "NOISE");
		assertThat(search.search("锅炉房", actor(p), 10)).extracting(Hit::complaintId).containsExactly(id);
		assertThat(search.search("排风扇", actor(p), 10)).isEmpty();
		long later = registered(p, "锅炉房又在轰鸣", "NOISE");
		assertThat(search.similar(later, actor(p), 10)).extracting(Similar::complaintId).doesNotContain(id);
		resolve(p, id, "更换锅炉房排风扇的轴承");
		Hit byResolution = search.search("排风扇", actor(p), 10).get(0);
		assertThat(byResolution.complaintId()).isEqualTo(id);
		assertThat(byResolution.status()).isEqualTo("RESOLVED");
		assertThat(byResolution.snippet()).contains("排风扇");
		assertThat(search.similar(later, actor(p), 10)).first().extracting(Similar::resolution)
			.isEqualTo("更换锅炉房排风扇的轴承");
		post("/api/v1/complaints/" + id + "/reopen", p.agent(), Map.of("reason", "又响了")).expect(200);
		assertThat(search.similar(later, actor(p), 10)).extracting(Similar::complaintId).doesNotContain(id);
	}

	@Test
	void aRebuildFromEmptyEqualsTheIncrementalResult() throws Exception {
		long now = registered(p, "电梯门关不上", "ELEVATOR_FAULT");
		resolve(p, liftOpen, "调整门机");
		Set<List<Object>> similarBefore = similar(now);
		Set<List<Object>> hitsBefore = hits("电梯 车位 维保");
		assertThat(similarBefore).hasSize(3);
		assertThat(hitsBefore).hasSizeGreaterThanOrEqualTo(5);
		assertThat(search.rebuild()).isGreaterThanOrEqualTo(5);
		assertThat(similar(now)).isEqualTo(similarBefore);
		assertThat(hits("电梯 车位 维保")).isEqualTo(hitsBefore);
		assertThat(search.catchUp()).isZero();
	}

	Set<List<Object>> similar(long id) {
		return search.similar(id, actor(p), 50).stream()
			.map(s -> List.<Object>of(s.complaintId(), s.status(), s.topic(), s.title(), String.valueOf(s.resolution()),
					String.valueOf(s.stars())))
			.collect(Collectors.toSet());
	}

	Set<List<Object>> hits(String query) {
		return search.search(query, actor(p), 50).stream()
			.filter(h -> h.kind() == Kind.COMPLAINT)
			.map(h -> List.<Object>of(h.complaintId(), h.status(), h.snippet(), h.marks()))
			.collect(Collectors.toSet());
	}

	org.anju.platform.security.Actor actor(ProjectFixture f) {
		return new org.anju.platform.security.Actor(1, "agent", "客服", Set.of(org.anju.platform.security.Role.AGENT),
				Set.of(f.projectId()));
	}

	static Owner owner(ProjectFixture f) {
		return new Owner(f.residentIds().get(0), f.householdIds().get(0), f.projectId(), "业主11");
	}

	long registered(ProjectFixture f, String content, String topic) throws Exception {
		return post("/api/v1/complaints", f.agent(), Map.of("residentId", f.residentIds().get(0), "channel", "PHONE",
				"content", content, "topic", topic)).expect(201).get("id").asLong();
	}

	long resolved(ProjectFixture f, String content, String topic, String resolution) throws Exception {
		long id = registered(f, content, topic);
		resolve(f, id, resolution);
		return id;
	}

	void resolve(ProjectFixture f, long id, String resolution) throws Exception {
		String status = get("/api/v1/complaints/" + id, f.agent()).expect(200).get("status").asString();
		if ("RECEIVED".equals(status)) {
			post("/api/v1/complaints/" + id + "/assign", f.agent(), Map.of("assigneeId", fixtures.staffId(f.staff())))
				.expect(200);
		}
		if (!"IN_PROGRESS".equals(status)) {
			post("/api/v1/complaints/" + id + "/start", f.supervisor(), Map.of()).expect(200);
		}
		post("/api/v1/complaints/" + id + "/resolve", f.supervisor(), Map.of("summary", resolution)).expect(200);
	}

	static List<Long> ids(JsonNode list, String field) {
		return list.valueStream().filter(n -> n.has(field)).map(n -> n.get(field).asLong()).toList();
	}

	static List<String> codes(JsonNode list) {
		return list.valueStream().map(n -> n.has("entryCode") ? n.get("entryCode").asString() : "").toList();
	}

}
