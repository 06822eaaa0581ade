package org.anju.report;

import java.util.Set;

import org.anju.directory.Directory;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;

/**
 * The projects a report covers: one project the actor sees (404 otherwise, so ids reveal
 * nothing), or — without a project — the company: every project the actor sees, for managers and
 * administrators only.
 */
record Scope(Long projectId, Set<Long> projects) {

	static Scope of(Long projectId, Actor actor, Directory directory) {
		if (projectId != null) {
			if (!actor.canSee(projectId)) {
				throw new NotFoundException("Project", projectId);
			}
			return new Scope(projectId, Set.of(projectId));
		}
		actor.requireAnyRole(Role.MANAGER);
		return new Scope(null, seen(actor, directory));
	}

	/** Every project the actor sees: an administrator all of them. */
	static Set<Long> seen(Actor actor, Directory directory) {
		return directory.projectIdsSeenBy(actor);
	}

	/** A project whose department names stand for all (the company's departments share codes). */
	long anyProject() {
		return projectId != null ? projectId : projects.stream().sorted().findFirst().orElse(0L);
	}

}
