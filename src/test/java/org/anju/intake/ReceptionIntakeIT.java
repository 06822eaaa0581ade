package org.anju.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.imageio.ImageIO;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The front desk and the post: complaints entered with the owner's photos or the scanned letter. */
class ReceptionIntakeIT extends ApiTest {

	/** A one-page PDF, as small as a valid one gets. */
	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
			2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
			3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj
			trailer<</Root 1 0 R>>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	/** The start of a Windows executable. */
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
			(byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 'P', 'E', 0, 0 };

	@Autowired
	InboundMessageRepository messages;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	Response receive(String user, Map<String, Object> complaint, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/intake/receptions");
		request.file(new MockMultipartFile("complaint", "", "application/json", json.writeValueAsBytes(complaint)));
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return new Response(mvc.perform(request.with(httpBasic(user, PASSWORD))).andReturn());
	}

	long inboundOf(long projectId) {
		return messages.findAll().stream().filter(m -> Long.valueOf(projectId).equals(m.getProjectId())).count();
	}

	long complaintsOf(long projectId) throws Exception {
		return get("/api/v1/complaints?projectId=" + projectId, p.agent()).expect(200).get("totalElements").asLong();
	}

	@Test
	void aWalkInWithPhotosIsTriagedAssignedAndKeepsThePhotos() throws Exception {
		byte[] photo = png();
		JsonNode received = receive(p.agent(), Map.of("channel", "WALK_IN", "residentId", p.residentIds().get(0),
				"content", "地下车库B区的顶棚一直在渗水，车上全是泥水印子，照片我拍下来了"),
				new MockMultipartFile("files", "车库渗水.png", "image/png", photo),
				new MockMultipartFile("files", "车身.png", "image/png", photo)).expect(201);
		assertThat(received.get("merged").asBoolean()).isFalse();
		assertThat(received.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(received.get("attachments").findValuesAsString("fileName")).containsExactly("车库渗水.png", "车身.png");
		assertThat(received.get("attachments").findValuesAsString("contentType")).containsOnly("image/png");

		long complaintId = received.get("complaintId").asLong();
		JsonNode complaint = get("/api/v1/complaints/" + complaintId, p.agent()).expect(200);
		assertThat(complaint.get("channel").asString()).isEqualTo("WALK_IN");
		assertThat(complaint.get("attachments").size()).isEqualTo(2);
		JsonNode inbound = get("/api/v1/intake/messages?complaintId=" + complaintId, p.agent()).expect(200).get(0);
		assertThat(inbound.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(inbound.get("rawType").asString()).isEqualTo("application/json");
		byte[] raw = get("/api/v1/intake/messages/" + inbound.get("id").asLong() + "/raw", p.agent()).result()
			.getResponse().getContentAsByteArray();
		assertThat(json.readTree(raw).get("content").asString()).startsWith("地下车库B区");
	}

	@Test
	void aLetterFromSomeoneUnregisteredKeepsItsScanAndItsDate() throws Exception {
		Instant written = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
		JsonNode received = receive(p.agent(), Map.of("channel", "LETTER", "projectId", p.projectId(),
				"complainantName", "李老先生", "complainantPhone", "13600001111", "complainantAddress", "3栋1单元502",
				"title", "关于小区绿化带被占用的来信", "content", "小区南侧绿化带被人圈起来种菜，已经有半年了，希望物业处理",
				"receivedAt", written.toString()),
				new MockMultipartFile("files", "来信扫描.pdf", "application/pdf", PDF)).expect(201);
		assertThat(received.get("attachments").findValuesAsString("contentType")).containsExactly("application/pdf");

		JsonNode complaint = get("/api/v1/complaints/" + received.get("complaintId").asLong(), p.agent()).expect(200);
		assertThat(complaint.get("channel").asString()).isEqualTo("LETTER");
		assertThat(complaint.get("title").asString()).isEqualTo("关于小区绿化带被占用的来信");
		assertThat(Instant.parse(complaint.get("receivedAt").asString())).isEqualTo(written);
		assertThat(complaint.get("complainant").get("address").asString()).isEqualTo("3栋1单元502");
		assertThat(complaint.get("attachments").get(0).get("fileName").asString()).isEqualTo("来信扫描.pdf");
	}

	@Test
	void aLetterWithoutItsScanOrWithAnExecutableIsRefusedAndNothingIsKept() throws Exception {
		Map<String, Object> letter = Map.of("channel", "LETTER", "residentId", p.residentIds().get(1), "content",
				"楼下餐馆油烟太大，窗户都不敢开");
		long inbound = inboundOf(p.projectId());

		assertThat(receive(p.agent(), letter).expect(400).get("errors").toString()).contains("files");
		JsonNode refused = receive(p.agent(), letter, new MockMultipartFile("files", "scan.pdf", "application/pdf", PDF),
				new MockMultipartFile("files", "setup.exe", "application/octet-stream", EXE)).expect(400);
		assertThat(refused.get("errors").toString()).contains("files[1]", "setup.exe", "not allowed");
		assertThat(receive(p.agent(), Map.of("channel", "EMAIL", "residentId", p.residentIds().get(1), "content",
				"楼下餐馆油烟太大")).expect(400).get("errors").toString()).contains("channel");
		assertThat(receive(p.agent(), Map.of("channel", "WALK_IN", "content", "楼下餐馆油烟太大")).expect(400)
			.get("errors").toString()).contains("complainantName");

		assertThat(complaintsOf(p.projectId())).isZero();
		assertThat(inboundOf(p.projectId())).isEqualTo(inbound);
	}

	@Test
	void onlyTheServiceDeskReceivesAndOnlyForItsOwnProjects() throws Exception {
		byte[] photo = png();
		Map<String, Object> walkIn = Map.of("channel", "WALK_IN", "residentId", p.residentIds().get(0), "content",
				"电梯按钮坏了好几个");
		receive(p.staff(), walkIn).expect(403);
		receive(p.reviewer(), walkIn).expect(403);
		ProjectFixture other = fixtures.project();
		assertThat(receive(other.agent(), walkIn, new MockMultipartFile("files", "a.png", "image/png", photo))
			.expect(400).get("errors").toString()).contains("residentId");
		assertThat(receive(other.agent(), Map.of("channel", "WALK_IN", "projectId", p.projectId(), "complainantName",
				"王女士", "complainantPhone", "13600002222", "content", "电梯按钮坏了好几个")).expect(400)
			.get("errors").toString()).contains("projectId");
		assertThat(complaintsOf(p.projectId())).isZero();
		receive(p.manager(), walkIn).expect(201);
	}

}
