package org.anju.directory;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of a project's households and residents from an .xlsx or .csv roster. */
@RestController
@RequestMapping("/api/v1")
class ImportController {

	private final ProjectAccess access;

	private final DirectorySetup setup;

	ImportController(ProjectAccess access, DirectorySetup setup) {
		this.access = access;
		this.setup = setup;
	}

	@PostMapping(path = "/projects/{projectId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportSummary importRoster(@PathVariable long projectId, @RequestPart MultipartFile file)
			throws IOException {
		access.project(projectId);
		access.requireStructureEditor();
		return setup.importRoster(projectId, file.getOriginalFilename(), file.getBytes());
	}

}
