package org.anju.complaint;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Photos and documents: checked by size and by their real content type, kept in the data directory. */
class AttachmentApiIT extends ApiTest {

	ProjectFixture p;

	long complaintId;

	@BeforeEach
	void complaint() throws Exception {
		p = fixtures.project();
		complaintId = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"WECHAT", "content", "车库顶棚渗水，见照片")).expect(201).get("id").asLong();
	}

	MvcResult upload(String user, String name, String type, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/complaints/" + complaintId + "/attachments")
			.file(new MockMultipartFile("file", name, type, bytes))
			.with(httpBasic(user, PASSWORD))).andReturn();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Test
	void storesAPhotoAndServesItBack() throws Exception {
		byte[] photo = png();
		MvcResult result = upload(p.agent(), "../../渗水.png", "image/png", photo);
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		JsonNode attachment = json.readTree(result.getResponse().getContentAsString());
		assertThat(attachment.get("fileName").asString()).isEqualTo("渗水.png");
		assertThat(attachment.get("contentType").asString()).isEqualTo("image/png");

		JsonNode complaint = get("/api/v1/complaints/" + complaintId, p.agent()).expect(200);
		assertThat(complaint.get("attachments").size()).isEqualTo(1);
		assertThat(get("/api/v1/complaints/" + complaintId + "/timeline", p.agent()).expect(200).findValuesAsString("type"))
			.contains("ATTACHMENT");

		var download = get("/api/v1/complaints/" + complaintId + "/attachments/" + attachment.get("id").asLong(), p.agent());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.result().getResponse().getContentAsByteArray()).isEqualTo(photo);
		assertThat(download.header("Content-Disposition")).startsWith("attachment");
		assertThat(download.contentType()).isEqualTo("image/png");
	}

	@Test
	void refusesAFileWhoseContentIsNotAnAllowedTypeWhateverItsName() throws Exception {
		long filesBefore = storedFiles();
		MvcResult result = upload(p.agent(), "photo.png", "image/png", "#!/bin/sh\nrm -rf /\n".getBytes());
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("not allowed");
		assertThat(get("/api/v1/complaints/" + complaintId, p.agent()).expect(200).get("attachments").size()).isZero();
		assertThat(storedFiles()).isEqualTo(filesBefore);
	}

	@Test
	void refusesAnOversizeFile() throws Exception {
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy(png(), 0, big, 0, png().length);
		MvcResult result = upload(p.agent(), "big.png", "image/png", big);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("larger than");
		assertThat(get("/api/v1/complaints/" + complaintId, p.agent()).expect(200).get("attachments").size()).isZero();
	}

	@Test
	void refusesAnEmptyFileAndStrangers() throws Exception {
		assertThat(upload(p.agent(), "empty.png", "image/png", new byte[0]).getResponse().getStatus()).isEqualTo(400);
		ProjectFixture other = fixtures.project();
		assertThat(upload(other.agent(), "x.png", "image/png", png()).getResponse().getStatus()).isEqualTo(404);
		get("/api/v1/complaints/" + complaintId + "/attachments/999999", p.agent()).expect(404);
	}

	private static long storedFiles() throws Exception {
		Path root = Path.of("target/test-data/attachments");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
