package org.anju.report;

/** The formats a report is downloaded in. */
public enum FileFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	PDF("pdf", "application/pdf");

	private final String extension;

	private final String contentType;

	FileFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	/** {@code xlsx} or {@code pdf}, as in a URL. */
	public static FileFormat of(String extension) {
		return valueOf(extension.toUpperCase(java.util.Locale.ROOT));
	}

}
