package org.anju.console;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The workbench's forms without a browser: CSRF, forced actions, attachments, links and field errors. */
class WorkbenchIT extends ApiTest {

	ProjectFixture p;

	long staffId;

	long id;

	@BeforeEach
	void complaint() throws Exception {
		p = fixtures.project();
		staffId = fixtures.staffId(p.staff());
		id = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "楼上漏水到我家卫生间，已经两天了", "topic", "WATER_LEAK")).expect(201).get("id").asLong();
	}

	MockHttpSession session(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getRequest()
			.getSession();
	}

	long version() throws Exception {
		return get("/api/v1/complaints/" + id, p.agent()).expect(200).get("version").asLong();
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/note").session(session(p.agent()))
			.param("text", "无令牌").param("visibility", "INTERNAL")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).toString()).doesNotContain("无令牌");
	}

	@Test
	void aForcedActionTheRoleDoesNotAllowIsThe403Page() throws Exception {
		long before = version();
		MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/cancel").session(session(p.agent())).with(csrf())
			.param("reason", "不想处理了").param("expectedVersion", String.valueOf(before))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString()).contains("无权操作");
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void anAgentReclassifiesAndAWrongTopicIsShownNextToTheField() throws Exception {
		String page = mvc.perform(MockMvcRequestBuilders.get("/complaints/" + id).session(session(p.agent()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("id=\"action-classify\"");
		MvcResult wrong = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/classify")
			.session(session(p.agent())).with(csrf()).param("topic", "NO_SUCH_TOPIC").param("urgency", "URGENT")
			.param("nature", "VALID").param("expectedVersion", String.valueOf(version()))).andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
		assertThat(wrong.getResponse().getContentAsString()).contains("id=\"action-classify\"", "field-error");
		MvcResult done = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/classify")
			.session(session(p.agent())).with(csrf()).param("topic", "CLEANING").param("urgency", "URGENT")
			.param("department", "").param("nature", "HELP").param("expectedVersion", String.valueOf(version())))
			.andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		var complaint = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		assertThat(complaint.get("topic").asString()).isEqualTo("CLEANING");
		assertThat(complaint.get("urgency").asString()).isEqualTo("URGENT");
		assertThat(complaint.get("nature").asString()).isEqualTo("HELP");
		assertThat(get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).toString()).contains("CLASSIFIED");
	}

	@Test
	void staffWhoDoNotDispatchAreNotOfferedAReclassificationAndAreRefusedIt() throws Exception {
		String page = mvc.perform(MockMvcRequestBuilders.get("/complaints/" + id).session(session(p.reviewer())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("id=\"action-classify\"");
		long before = version();
		MvcResult forced = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/classify")
			.session(session(p.reviewer())).with(csrf()).param("topic", "CLEANING").param("urgency", "NORMAL")
			.param("nature", "VALID").param("expectedVersion", String.valueOf(before))).andReturn();
		assertThat(forced.getResponse().getStatus()).isEqualTo(403);
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void aStepTheLifecycleDoesNotAllowIsExplained() throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/resolve").session(session(p.supervisor()))
			.with(csrf()).param("summary", "已处理").param("expectedVersion", String.valueOf(version()))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentAsString()).contains("该投诉的当前状态不允许此操作");
	}

	@Test
	void anAttachmentIsUploadedAndStreamedWithTheSessionAsADownload() throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
		MockHttpSession session = session(p.staff());
		MvcResult upload = mvc.perform(multipart("/complaints/" + id + "/attachments")
			.file(new MockMultipartFile("file", "渗水.png", "image/png", png.toByteArray())).session(session)
			.with(csrf())).andReturn();
		assertThat(upload.getResponse().getStatus()).isEqualTo(302);
		long attachmentId = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("attachments").get(0).get("id")
			.asLong();
		MvcResult download = mvc.perform(MockMvcRequestBuilders.get("/complaints/" + id + "/attachments/" + attachmentId).session(session))
			.andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(png.toByteArray());

		MvcResult refused = mvc.perform(multipart("/complaints/" + id + "/attachments")
			.file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 }))
			.session(session).with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("不支持该文件类型");
	}

	@Test
	void aComplaintIsLinkedByItsNumber() throws Exception {
		var other = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(1), "channel",
				"WECHAT", "content", "楼上漏水，邻居家也受影响", "topic", "WATER_LEAK")).expect(201);
		MockHttpSession session = session(p.agent());
		MvcResult unknown = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/link").session(session).with(csrf())
			.param("relatedNumber", "TS19990101-9999").param("type", "DUPLICATE")
			.param("expectedVersion", String.valueOf(version()))).andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
		assertThat(unknown.getResponse().getContentAsString()).contains("没有找到该投诉编号");

		MvcResult linked = mvc.perform(MockMvcRequestBuilders.post("/complaints/" + id + "/link").session(session).with(csrf())
			.param("relatedNumber", other.get("number").asString()).param("type", "DUPLICATE")
			.param("expectedVersion", String.valueOf(version()))).andReturn();
		assertThat(linked.getResponse().getStatus()).isEqualTo(302);
		var links = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("links");
		assertThat(links.get(0).get("relatedId").asLong()).isEqualTo(other.get("id").asLong());
		String page = mvc.perform(MockMvcRequestBuilders.get("/complaints/" + id).session(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(other.get("number").asString(), "同一事件");
	}

	@Test
	void theWorkbenchSpeaksEnglishOnRequest() throws Exception {
		String page = mvc.perform(MockMvcRequestBuilders.get("/complaints/" + id).param("lang", "en").session(session(p.agent())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Timeline", "Deadlines", "Complainant", "Received");
	}

}
