package org.anju.report;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.anju.platform.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report files over the API ({@code monthly.xlsx}, {@code monthly.pdf}, {@code weekly.xlsx},
 * {@code weekly.pdf}), with the visibility rules of the JSON reports. Chinese unless
 * {@code ?lang=en} or the Accept-Language header asks for English.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportFileController {

	private final ReportFiles files;

	ReportFileController(ReportFiles files) {
		this.files = files;
	}

	@GetMapping("/monthly.{format:xlsx|pdf}")
	ResponseEntity<byte[]> monthly(@PathVariable String format, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) String month, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		return files.monthly(projectId, month, FileFormat.of(format), CurrentActor.get(), locale(lang, request))
			.toResponse();
	}

	@GetMapping("/weekly.{format:xlsx|pdf}")
	ResponseEntity<byte[]> weekly(@PathVariable String format, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) String week, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		return files.weekly(projectId, week, FileFormat.of(format), CurrentActor.get(), locale(lang, request))
			.toResponse();
	}

	/** {@code lang}, else Accept-Language, else Chinese. */
	private static Locale locale(String lang, HttpServletRequest request) {
		if (StringUtils.hasText(lang)) {
			return ReportFiles.supported(Locale.forLanguageTag(lang.replace('_', '-')));
		}
		if (StringUtils.hasText(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
			return ReportFiles.supported(request.getLocale());
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

}
