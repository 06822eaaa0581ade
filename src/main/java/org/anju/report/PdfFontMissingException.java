package org.anju.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The PDF font is not installed (or not readable): a 503 problem rather than a PDF whose Chinese
 * text would be empty boxes. Spring answers it as problem+json on the API.
 */
class PdfFontMissingException extends ErrorResponseException {

	PdfFontMissingException(String font, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(font), cause);
	}

	private static ProblemDetail problem(String font) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"PDF font not installed: " + font
						+ " (install fonts-wqy-zenhei, or set anju.report.pdf-font / ANJU_REPORT_FONT to a TrueType font)");
		problem.setTitle("PDF font not installed");
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
