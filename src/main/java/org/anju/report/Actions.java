package org.anju.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.anju.complaint.Complaints;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of improvement actions: the project's manager (or an administrator) records and
 * updates them; everyone who sees the project reads them; the public ones go on the public board.
 */
@Service
@Transactional
public class Actions {

	private final ActionRepository actions;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final Complaints complaints;

	private final Clock clock;

	Actions(ActionRepository actions, Organisation organisation, Taxonomy taxonomy, Complaints complaints,
			Clock clock) {
		this.actions = actions;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.complaints = complaints;
		this.clock = clock;
	}

	public ActionView create(ActionRequest request, Actor actor) {
		if (request.projectId() == null) {
			throw new InvalidInputException("projectId", "is required");
		}
		requireManager(request.projectId(), actor);
		ImprovementAction action = new ImprovementAction(request.projectId(), clock.instant());
		apply(action, request, actor);
		return actions.saveAndFlush(action).view();
	}

	public ActionView update(long id, ActionRequest request, Actor actor) {
		ImprovementAction action = find(id, actor);
		requireManager(action.getProjectId(), actor);
		action.checkVersion(request.version());
		apply(action, request, actor);
		return actions.saveAndFlush(action).view();
	}

	@Transactional(readOnly = true)
	public ActionView get(long id, Actor actor) {
		return find(id, actor).view();
	}

	/** The actions of the projects, soonest due first. */
	@Transactional(readOnly = true)
	public List<ActionView> of(Collection<Long> projectIds) {
		return projectIds.isEmpty() ? List.of()
				: actions.findByProjectIdInOrderByDueDateAscIdAsc(projectIds).stream().map(ImprovementAction::view).toList();
	}

	/** The actions of the projects decided before a moment (the end of a report's month). */
	@Transactional(readOnly = true)
	public List<ActionView> decidedBefore(Collection<Long> projectIds, Instant before) {
		return projectIds.isEmpty() ? List.of()
				: actions.createdBefore(projectIds, before).stream().map(ImprovementAction::view).toList();
	}

	/** The project's actions marked public and not dropped, for the anonymous public board. */
	@Transactional(readOnly = true)
	public List<PublicAction> publicActions(long projectId) {
		return actions.publicOf(projectId, ActionStatus.DROPPED).stream().map(ImprovementAction::publicView).toList();
	}

	private ImprovementAction find(long id, Actor actor) {
		return actions.findById(id).filter(a -> actor.canSee(a.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Action", id));
	}

	private static void requireManager(long projectId, Actor actor) {
		if (!actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
		actor.requireAnyRole(Role.MANAGER);
	}

	private void apply(ImprovementAction action, ActionRequest request, Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		String ownerName = request.ownerName() == null || request.ownerName().isBlank() ? null
				: request.ownerName().strip();
		if (request.ownerStaffId() != null) {
			StaffRef owner = organisation.staff(request.ownerStaffId())
				.filter(s -> s.worksOn(action.getProjectId()))
				.orElse(null);
			if (owner == null) {
				errors.add(new FieldError("ownerStaffId", "is no staff member of the project"));
			}
			else if (ownerName == null) {
				ownerName = owner.displayName();
			}
		}
		List<String> topics = request.topics() == null ? List.of()
				: request.topics().stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		topics.stream().filter(t -> taxonomy.topic(t).isEmpty()).findFirst()
			.ifPresent(t -> errors.add(new FieldError("topics", "has an unknown topic: " + t)));
		List<Long> complaintIds = request.complaintIds() == null ? List.of()
				: request.complaintIds().stream().filter(Objects::nonNull).distinct().toList();
		for (Long complaintId : complaintIds) {
			if (!belongs(complaintId, action.getProjectId(), actor)) {
				errors.add(new FieldError("complaintIds", "has a complaint not of the project: " + complaintId));
				break;
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		action.update(request.title().strip(), request.description(), request.ownerStaffId(), ownerName,
				request.dueDate(), request.status(), Boolean.TRUE.equals(request.publicAction()), topics, complaintIds,
				clock.instant());
	}

	private boolean belongs(long complaintId, long projectId, Actor actor) {
		try {
			return complaints.get(complaintId, actor).getProjectId() == projectId;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

}
