package org.anju.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;

import org.anju.directory.ProjectRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may open the report pages (supervisors, managers, administrators; everyone else 403),
 * which projects they choose from, and the default periods: the last complete month and week.
 * The company view ({@code projectId=all}) is for managers and administrators, as in the API.
 */
@Component
class ReportAccess {

	/** The project parameter that stands for the whole company. */
	static final String COMPANY = "all";

	private final StaffProjects projects;

	private final Clock clock;

	ReportAccess(StaffProjects projects, Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	/** The current user, provided they may read reports. */
	Actor actor() {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		return actor;
	}

	/**
	 * The scope asked for: {@code all} the company, a project id one project (404 unless seen),
	 * nothing the user's first project (or the company when they have none).
	 */
	Choice choose(String project, Actor actor) {
		List<ProjectRef> visible = projects.of(actor);
		boolean companyAllowed = actor.hasAnyRole(Role.MANAGER);
		if (project == null || project.isBlank()) {
			if (visible.isEmpty()) {
				actor.requireAnyRole(Role.MANAGER);
				return new Choice(null, visible, companyAllowed);
			}
			return new Choice(visible.get(0).id(), visible, companyAllowed);
		}
		if (COMPANY.equals(project.strip())) {
			actor.requireAnyRole(Role.MANAGER);
			return new Choice(null, visible, companyAllowed);
		}
		long id;
		try {
			id = Long.parseLong(project.strip());
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Project", project);
		}
		projects.ids(id, actor);
		return new Choice(id, visible, companyAllowed);
	}

	/** The month asked for, or the last complete one. */
	String month(String month) {
		return month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1).toString() : month.strip();
	}

	/** The ISO week asked for ({@code 2026-W47}), or the last complete one. */
	String week(String week) {
		if (week != null && !week.isBlank()) {
			return week.strip();
		}
		LocalDate lastWeek = LocalDate.now(clock).minusWeeks(1);
		return String.format("%d-W%02d", lastWeek.get(IsoFields.WEEK_BASED_YEAR),
				lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * The chosen scope: a project id, or null for the company; the projects to choose from, and
	 * whether "全公司" is offered.
	 */
	record Choice(Long projectId, List<ProjectRef> projects, boolean companyAllowed) {

		/** The value of the {@code projectId} parameter for this choice. */
		public String param() {
			return projectId == null ? COMPANY : String.valueOf(projectId);
		}

		/** The project's name, or null for the company. */
		public String projectName() {
			return projects.stream().filter(p -> projectId != null && p.id() == projectId).map(ProjectRef::name)
				.findFirst().orElse(null);
		}

	}

}
