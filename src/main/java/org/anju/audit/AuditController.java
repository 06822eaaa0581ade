package org.anju.audit;

import java.time.Instant;
import java.util.List;

import org.anju.platform.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers read who viewed personal data; the record is read-only (no update or delete). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/access")
	List<AuditTrail.Access> access(@RequestParam(required = false) Long projectId,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) Long subjectId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
		return trail.search(projectId, subjectType, subjectId, from, to, CurrentActor.get());
	}

}
