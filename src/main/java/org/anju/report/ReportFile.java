package org.anju.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered report file: its name, format and bytes — ready to download or to attach to a mail. */
public record ReportFile(String fileName, FileFormat format, byte[] content) {

	/** The download: the content type and {@code Content-Disposition: attachment} with the UTF-8 name (RFC 6266). */
	public ResponseEntity<byte[]> toResponse() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
			.body(content);
	}

	/** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}, for old and new clients. */
	static String contentDisposition(String fileName) {
		String ascii = fileName.replaceAll("[^\\x20-\\x7e]+", "_").replace("\"", "_").replace("\\", "_");
		StringBuilder encoded = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
