package org.anju.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.anju.sla.DeadlineScans;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;


/** The queue pages without a browser: who may see what, and that bad input still gives a page. */
class QueuePagesIT extends ApiTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void everythingIsForManagersOnly() throws Exception {
		ProjectFixture p = fixtures.project();
		assertThat(page("/queues/all", p.agent()).getResponse().getStatus()).isEqualTo(403);
		assertThat(page("/queues/all", p.staff()).getResponse().getStatus()).isEqualTo(403);
		MvcResult manager = page("/queues/all", p.manager());
		assertThat(manager.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(manager)).contains("全部投诉");
		assertThat(text(page("/queues/mine", p.agent()))).doesNotContain("id=\"tab-all\"");
		assertThat(page("/queues/nonsense", p.agent()).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void staffOfAnotherProjectNeverSeeItsComplaints() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		String word = unique("secretword");
		String number = register(mine, "garage gate broken " + word).get("number").asString();
		assertThat(text(page("/queues/triage?q=" + word, mine.agent()))).contains(number);
		assertThat(get("/api/v1/complaints?q=" + word.toUpperCase(), mine.agent()).expect(200).get("totalElements")
			.asLong()).isEqualTo(1);
		assertThat(get("/api/v1/complaints?q=" + word, other.manager()).expect(200).get("totalElements").asLong())
			.isZero();
		for (String path : new String[] { "/queues/all", "/queues/all?q=" + word, "/queues/all?q=" + number,
				"/queues/triage", "/queues/repeats", "/queues/escalated" }) {
			String html = text(page(path, other.manager()));
			String table = html.substring(html.indexOf("id=\"queue-results\"")); // the search box repeats q
			assertThat(table).as(path).doesNotContain(number, word).contains("共 0 件");
		}
		assertThat(text(page("/queues/triage", other.agent()))).doesNotContain(number);
		assertThat(text(page("/queues/all?projectId=" + mine.projectId(), other.manager()))).doesNotContain(number);
	}

	@Test
	void nonsenseParametersGiveAClampedPage() throws Exception {
		ProjectFixture p = fixtures.project();
		String number = register(p, "lamp in the lobby flickers").get("number").asString();
		for (String path : new String[] { "/queues/triage?page=-5&size=100000", "/queues/triage?page=abc&size=-1",
				"/queues/triage?page=999999", "/queues/triage?sort=DROP%20TABLE&dir=sideways",
				"/queues/triage?status=NONSENSE&urgency=x&topic=%3Cb%3E&department=1&projectId=abc",
				"/queues/triage?from=yesterday&to=2026-13-45", "/queues/triage?q=%25_%5C" }) {
			MvcResult result = page(path, p.agent());
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			if (!path.contains("q=")) {
				assertThat(text(result)).as(path).contains(number);
			}
		}
		register(p, "lift button sticks");
		assertThat(text(page("/queues/triage?size=1&page=99", p.agent()))).contains("第 2 / 2 页")
			.doesNotContain("page-next");
	}

	@Test
	void userTextIsEscapedAndHtmxGetsTheTableOnly() throws Exception {
		ProjectFixture p = fixtures.project();
		register(p, "<script>alert('x')</script><img src=x onerror=alert(1)>");
		String html = text(page("/queues/triage", p.agent()));
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
			.doesNotContain("<img src=x");
		MockHttpSession session = login(p.agent());
		String fragment = mvc.perform(MockMvcRequestBuilders.get("/queues/triage").session(session).header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(fragment).contains("id=\"queue-results\"").doesNotContain("<html", "queue-tabs");
	}

	@Test
	void overdueQueueComesInDeadlineOrderUnlessAColumnIsChosen() throws Exception {
		ProjectFixture p = fixtures.project();
		Instant now = Instant.now();
		String older = registerAt(p, "the gate barrier is broken", now.minus(Duration.ofDays(12)), "topic", "ACCESS_CONTROL");
		String newer = registerAt(p, "the lobby door is broken", now.minus(Duration.ofDays(6)), "topic", "ACCESS_CONTROL");
		DeadlineScans.runNow(context);
		String byDeadline = table(page("/queues/overdue?projectId=" + p.projectId(), p.manager()));
		assertThat(byDeadline).contains(older, newer, "按处理时限先后排列");
		assertThat(byDeadline.indexOf(older)).isLessThan(byDeadline.indexOf(newer));
		String byReceipt = table(page("/queues/overdue?sort=receivedAt&projectId=" + p.projectId(), p.manager()));
		assertThat(byReceipt.indexOf(newer)).isLessThan(byReceipt.indexOf(older));
		String onePerPage = table(page("/queues/overdue?size=1&page=1&projectId=" + p.projectId(), p.manager()));
		assertThat(onePerPage).contains(newer, "第 2 / 2 页").doesNotContain(older);
	}

	private String registerAt(ProjectFixture p, String content, Instant receivedAt, String... more) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("residentId", p.residentIds().get(0), "channel",
				"PHONE", "content", content, "urgency", "NORMAL", "receivedAt", receivedAt.toString()));
		for (int i = 0; i < more.length; i += 2) {
			body.put(more[i], more[i + 1]);
		}
		return post("/api/v1/complaints", p.agent(), body).expect(201).get("number").asString();
	}

	private static String table(MvcResult result) throws Exception {
		String html = text(result);
		return html.substring(html.indexOf("id=\"queue-results\""));
	}

	private tools.jackson.databind.JsonNode register(ProjectFixture p, String content) throws Exception {
		return post("/api/v1/complaints", p.agent(),
				Map.of("residentId", p.residentIds().get(0), "channel", "PHONE", "content", content)).expect(201);
	}

	private MvcResult page(String path, String username) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).session(login(username))).andReturn();
	}

	private MockHttpSession login(String username) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
