package org.anju.console;

import java.util.List;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ProjectRef;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may use the administration pages: managers (for their projects) and administrators
 * (everywhere); everyone else gets 403. A record of a project the user does not run is reported
 * as not found, as the REST API does.
 */
@Component
class AdminAccess {

	private final Directory directory;

	AdminAccess(Directory directory) {
		this.directory = directory;
	}

	/** The current user, provided they are a manager or an administrator. */
	Actor actor() {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.MANAGER);
		return actor;
	}

	Actor admin() {
		Actor actor = CurrentActor.get();
		actor.requireAnyRole(Role.ADMIN);
		return actor;
	}

	List<ProjectRef> projects() {
		Actor actor = actor();
		return directory.projects().stream().filter(p -> actor.canSee(p.id())).toList();
	}

	ProjectRef project(long id) {
		Actor actor = actor();
		return directory.project(id).filter(p -> actor.canSee(p.id()))
			.orElseThrow(() -> new NotFoundException("Project", id));
	}

	BuildingRef building(long id) {
		Actor actor = actor();
		return directory.building(id).filter(b -> actor.canSee(b.projectId()))
			.orElseThrow(() -> new NotFoundException("Building", id));
	}

	HouseholdRef household(long id) {
		Actor actor = actor();
		return directory.household(id).filter(h -> actor.canSee(h.projectId()))
			.orElseThrow(() -> new NotFoundException("Household", id));
	}

	ResidentRef resident(long id) {
		Actor actor = actor();
		return directory.resident(id).filter(r -> actor.canSee(r.household().projectId()))
			.orElseThrow(() -> new NotFoundException("Resident", id));
	}

}
