package org.anju.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The PDF font is not installed (or cannot be embedded): a 503 problem rather than a PDF whose Chinese
 * text would be empty boxes. Spring answers it as problem+json on the API.
 */
class PdfFontMissingException extends ErrorResponseException {

	/** No readable file at the configured path. */
	static PdfFontMissingException missing(String font) {
		return new PdfFontMissingException("PDF font not installed: " + font, null);
	}

	/** A file PDFBox cannot embed: not a font, or an OpenType font with CFF outlines. */
	static PdfFontMissingException unusable(String font, Throwable cause) {
		return new PdfFontMissingException("PDF font not usable: " + font + " (a TrueType-outline .ttf or .ttc is needed)",
				cause);
	}

	private PdfFontMissingException(String detail, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(detail), cause);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail
				+ "; install fonts-wqy-zenhei, or set anju.report.pdf-font (ANJU_REPORT_FONT) to a Chinese TrueType font");
		problem.setTitle("PDF font not installed");
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
