package org.anju.console;

import java.util.Locale;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.InvalidInputException;
import org.anju.report.FileFormat;
import org.anju.report.ReportFiles;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report files for the logged-in staff ({@code /reports/monthly.xlsx|pdf},
 * {@code /reports/weekly.xlsx|pdf}), in the console's language; the report pages link here.
 * Without {@code projectId} a file covers the company (managers only, as on the API).
 */
@Controller
class ReportDownloads {

	private final ReportFiles files;

	private final MessageSource messages;

	ReportDownloads(ReportFiles files, MessageSource messages) {
		this.files = files;
		this.messages = messages;
	}

	@GetMapping("/reports/monthly.{format:xlsx|pdf}")
	ResponseEntity<byte[]> monthly(@PathVariable String format, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) String month) {
		return files.monthly(projectId, month, FileFormat.of(format), CurrentActor.get(), locale()).toResponse();
	}

	@GetMapping("/reports/weekly.{format:xlsx|pdf}")
	ResponseEntity<byte[]> weekly(@PathVariable String format, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) String week) {
		return files.weekly(projectId, week, FileFormat.of(format), CurrentActor.get(), locale()).toResponse();
	}

	/** A month or week that is none: a short message rather than an error page. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> badPeriod() {
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(messages.getMessage("report.file.badPeriod", null, locale()));
	}

	private static Locale locale() {
		return ReportFiles.supported(LocaleContextHolder.getLocale());
	}

}
