package org.anju.console;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The projects a staff member looks after (every project for an admin), for project selectors and figures. */
@Component
class StaffProjects {

	private final Directory directory;

	StaffProjects(Directory directory) {
		this.directory = directory;
	}

	/** The actor's projects, by name. */
	List<ProjectRef> of(Actor actor) {
		List<ProjectRef> all = actor.isAdmin() ? directory.projects()
				: actor.projectIds().stream().map(directory::project).flatMap(Optional::stream).toList();
		return all.stream().sorted(Comparator.comparing(ProjectRef::name)).toList();
	}

	/** The one project chosen (404 unless the actor sees it), or all of the actor's when none is. */
	Set<Long> ids(Long chosen, Actor actor) {
		return directory.projectIdsFor(chosen, actor);
	}

}
