package org.anju.triage;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Triage preview, the taxonomy, the per-project routing table and retraining. */
@RestController
@RequestMapping("/api/v1")
@Transactional
class TriageController {

	private final Triage triage;

	private final Taxonomy taxonomy;

	private final Retraining retraining;

	TriageController(Triage triage, Taxonomy taxonomy, Retraining retraining) {
		this.triage = triage;
		this.taxonomy = taxonomy;
		this.retraining = retraining;
	}

	/** What triage would make of a text (the hotline screen shows it while the agent types). */
	@PostMapping("/triage/preview")
	TriageResult preview(@Valid @RequestBody Preview request) {
		if (request.projectId() != null) {
			CurrentActor.inProject(request.projectId());
		}
		return triage.classify(request.text(), request.projectId());
	}

	@GetMapping("/triage/topics")
	@Transactional(readOnly = true)
	List<TopicView> topics() {
		return taxonomy.topics().stream().map(t -> TopicView.of(t, taxonomy.version(t.code()))).toList();
	}

	@PostMapping("/triage/topics")
	@ResponseStatus(HttpStatus.CREATED)
	TopicView define(@Valid @RequestBody NewTopic request) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		Topic topic = taxonomy.define(request.toTopic());
		return TopicView.of(topic, taxonomy.version(topic.code()));
	}

	@PutMapping("/triage/topics/{code}")
	TopicView redefine(@PathVariable String code, @Valid @RequestBody TopicChange request) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		Topic topic = taxonomy.redefine(request.toTopic(code), request.version());
		return TopicView.of(topic, taxonomy.version(code));
	}

	@GetMapping("/projects/{projectId}/routes")
	@Transactional(readOnly = true)
	List<RouteView> routes(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		return taxonomy.routesOf(projectId).stream().map(RouteView::of).toList();
	}

	@PutMapping("/projects/{projectId}/routes/{topic}")
	RouteView route(@PathVariable long projectId, @PathVariable String topic, @Valid @RequestBody Reroute request) {
		CurrentActor.inProject(projectId).requireAnyRole(Role.MANAGER);
		return RouteView.of(taxonomy.route(projectId, topic, request.department()));
	}

	@DeleteMapping("/projects/{projectId}/routes/{topic}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unroute(@PathVariable long projectId, @PathVariable String topic) {
		CurrentActor.inProject(projectId).requireAnyRole(Role.MANAGER);
		taxonomy.unroute(projectId, topic);
	}

	/** Retrains with the corrections; the new model replaces the old unless it does worse (or {@code force}). */
	@PostMapping("/triage/retrain")
	@Transactional(readOnly = true)
	Retraining.Report retrain(@RequestParam(defaultValue = "false") boolean force) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		return retraining.retrain(force);
	}


	record Preview(@NotBlank @Size(max = 20000) String text, Long projectId) {
	}

	record NewTopic(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotNull Category category, @NotBlank String department, @NotNull Urgency urgency,
			@NotBlank @Size(max = 60) String nameZh, @Size(max = 400) String description) {

		Topic toTopic() {
			return new Topic(code, category, department, urgency, nameZh, description);
		}

	}

	record TopicChange(@NotNull Category category, @NotBlank String department, @NotNull Urgency urgency,
			@NotBlank @Size(max = 60) String nameZh, @Size(max = 400) String description, Long version) {

		Topic toTopic(String code) {
			return new Topic(code, category, department, urgency, nameZh, description);
		}

	}

	record Reroute(@NotBlank String department) {
	}

	record TopicView(String code, long version, Category category, String department, Urgency urgency,
			String nameZh, String description) {

		static TopicView of(Topic t, long version) {
			return new TopicView(t.code(), version, t.category(), t.department(), t.urgency(), t.nameZh(),
					t.description());
		}

	}

	record RouteView(long projectId, String topic, String department) {

		static RouteView of(Route r) {
			return new RouteView(r.getProjectId(), r.getTopic(), r.getDepartment());
		}

	}

}
