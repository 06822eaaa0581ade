package org.anju.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.knowledge.search.IndexSync;
import org.anju.knowledge.search.SearchIndex;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
