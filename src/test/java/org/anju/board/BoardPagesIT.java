package org.anju.board;

import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The public board without a browser: anonymous access, 404s, and who may publish a measure on it. */
class BoardPagesIT extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	long staffId;

	/** A resolved complaint of the project, assigned to the fixture's staff member. */
	long resolved;

	@BeforeEach
	void complaint() throws Exception {
		p = fixtures.project();
		staffId = fixtures.staffId(p.staff());
		resolved = complaint("电梯又坏了");
		post("/api/v1/complaints/" + resolved + "/start", p.staff(), null).expect(200);
		post("/api/v1/complaints/" + resolved + "/resolve", p.staff(), Map.of("summary", "已更换主板")).expect(200);
	}

	long complaint(String content) throws Exception {
		long id = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", content, "topic", "ELEVATOR_FAULT")).expect(201).get("id").asLong();
		toStaff(id);
		return id;
	}

	MockHttpSession session(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getRequest()
			.getSession();
	}

	MvcResult page(String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
	}

	MvcResult publish(long id, String username, String measure) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/publish").session(session(username))
			.with(csrf()).param("measure", measure)).andReturn();
	}

	int stored(long id) {
		return jdbc.queryForObject("select count(*) from board_measure where complaint_id = ?", Integer.class, id);
	}

	@Test
	void anyoneSeesTheBoardWithoutALoginOrASession() throws Exception {
		MvcResult index = page("/board");
		assertThat(index.getResponse().getStatus()).isEqualTo(200);
		assertThat(index.getResponse().getContentAsString()).contains("/board/" + p.projectId());

		MvcResult board = page("/board/" + p.projectId());
		assertThat(board.getResponse().getStatus()).isEqualTo(200);
		assertThat(board.getResponse().getContentAsString()).contains("投诉公示栏", "电梯故障/停梯未修", "已处理待回访");
		assertThat(board.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(board.getRequest().getSession(false)).isNull();

		MvcResult screen = page("/board/" + p.projectId() + "/screen");
		assertThat(screen.getResponse().getStatus()).isEqualTo(200);
		assertThat(screen.getResponse().getContentAsString()).contains("http-equiv=\"refresh\"")
			.doesNotContain("<a ", "<script");

		assertThat(page("/board/" + p.projectId() + "?month=2026-01").getResponse().getStatus()).isEqualTo(200);
		assertThat(page("/board/" + p.projectId() + "?month=soon").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void aProjectThatDoesNotExistIsNotFound() throws Exception {
		MvcResult missing = page("/board/987654321");
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(missing.getResponse().getContentAsString()).contains("没有这个项目");
		assertThat(page("/board/987654321/screen").getResponse().getStatus()).isEqualTo(404);
		assertThat(page("/board/not-a-number").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anAgentPublishesAMaskedMeasureAndWithdrawsIt() throws Exception {
		MvcResult done = publish(resolved, p.agent(), "已更换电梯主板，如有问题请致电13912345678");
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select measure from board_measure where complaint_id = ?", String.class,
				resolved)).isEqualTo("已更换电梯主板，如有问题请致电***********");
		assertThat(page("/board/" + p.projectId()).getResponse().getContentAsString())
			.contains("已更换电梯主板，如有问题请致电***********").doesNotContain("13912345678");

		MvcResult withdrawn = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + resolved + "/withdraw")
			.session(session(p.supervisor())).with(csrf())).andReturn();
		assertThat(withdrawn.getResponse().getStatus()).isEqualTo(302);
		assertThat(stored(resolved)).isZero();
		assertThat(page("/board/" + p.projectId()).getResponse().getContentAsString()).doesNotContain("已更换电梯主板");
	}

	@Test
	void onlyDispatchersOfTheProjectPublish() throws Exception {
		assertThat(publish(resolved, p.staff(), "员工想公示").getResponse().getStatus()).isEqualTo(403);
		assertThat(publish(resolved, p.reviewer(), "复查组想公示").getResponse().getStatus()).isEqualTo(403);
		String otherManager = fixtures.staff(fixtures.project().projectId(), "MANAGER", null);
		assertThat(publish(resolved, otherManager, "别的项目想公示").getResponse().getStatus()).isEqualTo(404);
		assertThat(stored(resolved)).isZero();
	}

	@Test
	void anOpenComplaintsMeasureIsNotPublished() throws Exception {
		long open = complaint("电梯还没修");
		MvcResult refused = publish(open, p.manager(), "正在处理");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(stored(open)).isZero();
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + resolved + "/publish")
			.session(session(p.agent())).param("measure", "无令牌")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(stored(resolved)).isZero();
	}

	@Test
	void theWorkbenchOffersTheFormOnlyWhenAllowed() throws Exception {
		assertThat(workbench(resolved, p.agent())).contains("id=\"action-publish\"");
		assertThat(workbench(resolved, p.manager())).contains("id=\"action-publish\"");
		assertThat(workbench(resolved, p.staff())).doesNotContain("id=\"action-publish\"");
		assertThat(workbench(resolved, p.reviewer())).doesNotContain("id=\"action-publish\"");
		assertThat(workbench(complaint("电梯还没修"), p.agent())).doesNotContain("id=\"action-publish\"");
	}

	@Test
	void aBlankMeasureIsShownNextToTheField() throws Exception {
		MvcResult blank = publish(resolved, p.agent(), "  ");
		assertThat(blank.getResponse().getStatus()).isEqualTo(400);
		assertThat(blank.getResponse().getContentAsString()).contains("id=\"publish-measure-error\"", "请填写此项。");
		assertThat(stored(resolved)).isZero();
	}

	String workbench(long id, String username) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/complaints/" + id).session(session(username))).andReturn()
			.getResponse().getContentAsString();
	}

	/** Gives the complaint to the fixture's staff member, unless triage already did. */
	void toStaff(long id) throws Exception {
		var complaint = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		if (complaint.get("status").asString().equals("RECEIVED")) {
			post("/api/v1/complaints/" + id + "/assign", p.agent(), Map.of("assigneeId", staffId)).expect(200);
		}
		else if (complaint.get("assigneeId").asLong() != staffId) {
			post("/api/v1/complaints/" + id + "/reassign", p.agent(), Map.of("assigneeId", staffId, "reason", "测试"))
				.expect(200);
		}
	}

}
