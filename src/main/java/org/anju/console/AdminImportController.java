package org.anju.console;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.anju.directory.DirectorySetup;
import org.anju.directory.ImportError;
import org.anju.directory.ImportSummary;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The roster import of a project: upload an .xlsx or .csv file, then see what was created, or
 * every refused cell as a table (row, column, reason) — a file with a bad row imports nothing.
 */
@Controller
class AdminImportController {

	private final AdminAccess access;

	private final DirectorySetup setup;

	private final ImportReasons reasons;

	AdminImportController(AdminAccess access, DirectorySetup setup, ImportReasons reasons) {
		this.access = access;
		this.setup = setup;
		this.reasons = reasons;
	}

	@GetMapping("/admin/projects/{id}/import")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("project", access.project(id));
		return "console/admin/import";
	}

	@PostMapping("/admin/projects/{id}/import")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			Locale locale) throws IOException {
		model.addAttribute("project", access.project(id));
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", reasons.fileProblem("is empty", locale));
			return "console/admin/import";
		}
		try {
			ImportSummary summary = setup.importRoster(id, file.getOriginalFilename(), file.getBytes());
			model.addAttribute("summary", summary);
		}
		catch (InvalidInputException ex) {
			List<Row> rows = ex.errors().stream().filter(ImportError.class::isInstance).map(ImportError.class::cast)
				.map(e -> new Row(e.row(), e.column(), reasons.of(e.reason(), locale))).toList();
			model.addAttribute("rowErrors", rows);
			ex.errors().stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).findFirst()
				.ifPresent(e -> model.addAttribute("fileError", reasons.fileProblem(e.message(), locale)));
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "console/admin/import";
	}

	/** One refused cell, its reason in the user's language. */
	record Row(int row, String column, String reason) {
	}

}
