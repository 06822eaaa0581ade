package org.anju.console;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A queue larger than the count cap says "more than" instead of counting every complaint, and still pages. */
@TestPropertySource(properties = "anju.console.count-cap=3")
class QueueCountCapIT extends ApiTest {

	@Test
	void countsStopAtTheCap() throws Exception {
		ProjectFixture p = fixtures.project();
		for (int i = 0; i < 5; i++) {
			post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
					"content", "lobby lamp flickers, case alpha" + i)).expect(201);
		}
		String html = consolePage("/queues/all?projectId=" + p.projectId() + "&size=2", p.manager());
		assertThat(html).contains("超过 3 件", "第 1 页", "page-next").doesNotContain("第 1 / ");
		assertThat(html).containsPattern("id=\"tab-all\"[\\s\\S]*?3\\+");
		String second = consolePage("/queues/all?projectId=" + p.projectId() + "&size=2&page=1", p.manager());
		assertThat(second).contains("第 2 页", "page-prev");
		String small = consolePage("/queues/all?projectId=" + p.projectId() + "&size=2&q=alpha3", p.manager());
		assertThat(small).contains("共 1 件", "lobby lamp flickers, case alpha3");
	}

}
