package org.anju.knowledge;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintFilter;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;

import org.anju.knowledge.search.IndexSync;
import org.anju.knowledge.search.SearchIndex;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint list's text search reads the candidates the search index names and checks them
 * with the same substring test as before: what it finds is what a scan would find — in content,
 * title, complainant, phone, address and number, one character or many, any case — and a
 * complaint the index has not seen yet is still found.
 */
class ListTextSearchIT extends ApiTest {

	@Autowired
	IndexSync sync;

	@Autowired
	SearchIndex index;

	@Autowired
	Complaints complaints;

	ProjectFixture p;

	long pipe;

	long apart;

	long walkIn;

	@BeforeEach
	void complaints() throws Exception {
		p = fixtures.project();
		pipe = registered(Map.of("residentId", p.residentIds().get(0), "channel", "PHONE", "title", "Pipe",
				"content", "厨房漏水管破了，水流了一地"));
		apart = registered(Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "卫生间漏水，楼下说水管也在滴"));
		walkIn = registered(Map.of("projectId", p.projectId(), "complainantName", "欧阳明", "complainantPhone",
				"13912345678", "complainantAddress", "9栋3单元1702", "channel", "WALK_IN", "content", "门口路灯不亮"));
		sync.catchUp();
	}

	@Test
	void findsWhatTheSubstringTestFinds() throws Exception {
		assertThat(found("漏水")).containsExactlyInAnyOrder(pipe, apart);
		assertThat(found("漏水管")).as("both pairs in one complaint, but not together").containsExactly(pipe);
		assertThat(found("漏")).containsExactlyInAnyOrder(pipe, apart);
		assertThat(found("pipe")).as("any case").containsExactly(pipe);
		assertThat(found("阳明")).as("the complainant").containsExactly(walkIn);
		assertThat(found("3单元17")).as("the address").containsExactly(walkIn);
		assertThat(found("9123")).as("part of the phone").containsExactly(walkIn);
		assertThat(found("电梯")).isEmpty();
		String number = get("/api/v1/complaints/" + apart, p.agent()).expect(200).get("number").asString();
		assertThat(found(number.substring(2, 10))).as("part of the number: the day").contains(pipe, apart, walkIn);
	}

	@Test
	void readsOnlyWhatTheIndexNamesUpToItsLastCatchUp() throws Exception {
		index.removeComplaint(apart); // as if this node's index had lost it
		index.refresh();
		assertThat(found("漏水")).as("below the catch-up, the index decides").containsExactly(pipe);
		long later = registered(Map.of("residentId", p.residentIds().get(1), "channel", "APP",
				"content", "阳台漏水"));
		index.removeComplaint(later); // as if registered on another node, not seen here yet
		index.refresh();
		assertThat(found("漏水")).as("above it, the database does").containsExactlyInAnyOrder(pipe, later);
		sync.catchUp();
		assertThat(found("漏水")).containsExactlyInAnyOrder(pipe, apart, later);
	}

	@Test
	void theConsolesListIsCountedAndOrderedByTheIndexAndPagedByTheDatabase() throws Exception {
		Instant now = Instant.now();
		long old = registered(Map.of("residentId", p.residentIds().get(1), "channel", "LETTER", "content",
				"去年的信：地库漏水", "receivedAt", now.minus(300, ChronoUnit.DAYS).toString()));
		sync.catchUp();
		assertThat(ids(list("漏水", 0, 2))).as("latest received first, not newest id").containsExactly(apart, pipe);
		assertThat(list("漏水", 0, 2).getTotalElements()).isEqualTo(3);
		assertThat(ids(list("漏水", 1, 2))).containsExactly(old);

		long unseen = registered(Map.of("residentId", p.residentIds().get(1), "channel", "APP", "content", "又漏水了",
				"receivedAt", now.minus(200, ChronoUnit.DAYS).toString()));
		index.removeComplaint(unseen); // registered on another node, not seen here yet
		index.refresh();
		assertThat(list("漏水", 0, 2).getTotalElements()).as("counted by the database above the catch-up").isEqualTo(4);
		assertThat(ids(list("漏水", 1, 2))).as("merged in receipt order").containsExactly(unseen, old);

		index.removeComplaint(apart); // below the catch-up the index decides
		index.refresh();
		assertThat(ids(list("漏水", 0, 10))).containsExactly(pipe, unseen, old);

		ComplaintFilter lastYear = new ComplaintFilter(null, null, null, null, null, null, null, null, null,
				now.minus(400, ChronoUnit.DAYS), now.minus(250, ChronoUnit.DAYS), null).withQuery("漏水");
		assertThat(ids(complaints.search(lastYear, PageRequest.of(0, 10, LATEST), manager(p.projectId()), 10_000)))
			.as("a receipt period").containsExactly(old);
		ComplaintFilter open = new ComplaintFilter(null, ComplaintStatus.OPEN, null, null, null, null, null, null,
				null, null, null, null).withQuery("漏水");
		assertThat(ids(complaints.search(open, PageRequest.of(0, 10, LATEST), manager(p.projectId()), 10_000)))
			.as("other filters: the database reads the index's candidates").containsExactly(pipe, unseen, old);
		assertThat(list("漏水", 0, 10, manager(p.projectId() + 1000)).getTotalElements())
			.as("another project's manager").isZero();
	}

	private static final Sort LATEST = Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by(Sort.Direction.DESC, "id"));

	private Page<Complaint> list(String q, int page, int size) {
		return list(q, page, size, manager(p.projectId()));
	}

	private Page<Complaint> list(String q, int page, int size, Actor actor) {
		ComplaintFilter filter = new ComplaintFilter(null, null, null, null, null, null, null, null, null, null, null,
				null).withQuery(q);
		return complaints.search(filter, PageRequest.of(page, size, LATEST), actor, 10_000);
	}

	private static Actor manager(long project) {
		return new Actor(900, "manager", "经理", Set.of(Role.MANAGER), Set.of(project));
	}

	private static List<Long> ids(Page<Complaint> page) {
		return page.getContent().stream().map(Complaint::getId).toList();
	}

	private long registered(Map<String, Object> body) throws Exception {
		return post("/api/v1/complaints", p.agent(), body).expect(201).get("id").asLong();
	}

	private List<Long> found(String q) throws Exception {
		JsonNode page = get("/api/v1/complaints?projectId=" + p.projectId() + "&size=50&q=" + q, p.agent()).expect(200);
		List<Long> ids = new ArrayList<>();
		page.get("content").forEach(c -> ids.add(c.get("id").asLong()));
		return ids;
	}

}
