package org.anju.visitor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.anju.platform.security.Actor;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.shift.PostRef;
import org.anju.shift.Posts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The log of unusual events of a post; every staff member of the post's project writes and reads it. */
@Service
@Transactional
public class PostLog {

	private final PostLogRepository entries;

	private final Posts posts;

	private final Clock clock;

	PostLog(PostLogRepository entries, Posts posts, Clock clock) {
		this.entries = entries;
		this.posts = posts;
		this.clock = clock;
	}

	/** An entry of the log. */
	public record Entry(long id, long postId, Instant occurredAt, String text, Severity severity, Instant recordedAt,
			String recordedBy) {
	}

	/** Notes an event; {@code occurredAt} defaults to now and may not lie in the future. */
	public Entry record(long postId, Instant occurredAt, String text, Severity severity, Actor actor) {
		PostRef post = posts.get(postId, actor);
		Instant now = clock.instant();
		List<FieldError> errors = new ArrayList<>();
		if (text == null || text.isBlank() || text.strip().length() > 1000) {
			errors.add(new FieldError("text", "is required, at most 1000 characters"));
		}
		if (severity == null) {
			errors.add(new FieldError("severity", "is required: INFO, WARNING or SERIOUS"));
		}
		if (occurredAt != null && occurredAt.isAfter(now)) {
			errors.add(new FieldError("occurredAt", "may not lie in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return entries.saveAndFlush(new PostLogEntry(post.id(), post.projectId(), occurredAt == null ? now : occurredAt,
				text.strip(), severity, now, actor.username())).view();
	}

	/** The latest 200 entries, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> of(long postId, Actor actor) {
		PostRef post = posts.get(postId, actor);
		return entries.findTop200ByPostIdOrderByOccurredAtDescIdDesc(post.id()).stream().map(PostLogEntry::view).toList();
	}

}
