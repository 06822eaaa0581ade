package org.anju.shift;

import java.time.Clock;
import java.util.List;

import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The posts of a project: the project's manager creates them; every staff member of the project sees them. */
@Service
@Transactional
public class Posts {

	private final PostRepository posts;

	private final Clock clock;

	Posts(PostRepository posts, Clock clock) {
		this.posts = posts;
		this.clock = clock;
	}

	public PostRef create(long projectId, String name, Actor actor) {
		seen(projectId, actor);
		actor.requireAnyRole(Role.MANAGER);
		if (name == null || name.isBlank() || name.strip().length() > 50) {
			throw new InvalidInputException("name", "is required, at most 50 characters");
		}
		if (posts.existsByProjectIdAndName(projectId, name.strip())) {
			throw new ConflictException("The project has a post named " + name.strip() + " already");
		}
		return posts.save(new Post(projectId, name.strip(), clock.instant(), actor.username())).ref();
	}

	@Transactional(readOnly = true)
	public List<PostRef> of(long projectId, Actor actor) {
		seen(projectId, actor);
		return posts.findByProjectIdOrderByName(projectId).stream().map(Post::ref).toList();
	}

	/** The post, provided the actor works on its project (404 otherwise). */
	@Transactional(readOnly = true)
	public PostRef get(long id, Actor actor) {
		Post post = posts.findById(id).filter(p -> actor.canSee(p.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Post", id));
		return post.ref();
	}

	private static void seen(long projectId, Actor actor) {
		if (!actor.canSee(projectId)) {
			throw new NotFoundException("Project", projectId);
		}
	}

}
