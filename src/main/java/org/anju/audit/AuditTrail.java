package org.anju.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.directory.Directory;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each staff view of personal data and lets managers read the record. Append-only: there
 * is deliberately no way to change or delete a row. A view is written in its own transaction, so
 * that it is kept even when the caller's is read-only or rolls back.
 */
@Service
public class AuditTrail {

	/** The most rows one read returns. */
	static final int LIMIT = 500;

	private final JdbcTemplate jdbc;

	private final Directory directory;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/** The actor viewed {@code what} (e.g. "owner-view-page") of a subject (e.g. HOUSEHOLD 42) in a project. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void viewed(Actor actor, String subjectType, long subjectId, long projectId, String what) {
		jdbc.update("insert into audit_access (staff_id, username, subject_type, subject_id, project_id, what, viewed_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", actor.staffId(), actor.username(), subjectType, subjectId, projectId,
				what, Timestamp.from(clock.instant()));
	}

	/**
	 * The views in the projects asked for (all the actor's without one), newest first, at most
	 * {@value #LIMIT}: MANAGER or ADMIN only (403), another project's 404.
	 */
	@Transactional(readOnly = true)
	public List<Access> search(Long projectId, String subjectType, Long subjectId, Instant from, Instant to,
			Actor actor) {
		actor.requireAnyRole(Role.MANAGER);
		Set<Long> projects = directory.projectIdsFor(projectId, actor);
		if (projects.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select id, staff_id, username, subject_type, subject_id, project_id, what, viewed_at"
				+ " from audit_access where project_id in (" + String.join(",", projects.stream().map(p -> "?").toList())
				+ ")");
		List<Object> args = new ArrayList<>(projects);
		if (subjectType != null && !subjectType.isBlank()) {
			sql.append(" and subject_type = ?");
			args.add(subjectType.strip());
		}
		if (subjectId != null) {
			sql.append(" and subject_id = ?");
			args.add(subjectId);
		}
		if (from != null) {
			sql.append(" and viewed_at >= ?");
			args.add(Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" and viewed_at < ?");
			args.add(Timestamp.from(to));
		}
		sql.append(" order by viewed_at desc, id desc fetch first " + LIMIT + " rows only");
		return jdbc.query(sql.toString(), (rs, n) -> new Access(rs.getLong("id"), rs.getLong("staff_id"),
				rs.getString("username"), rs.getString("subject_type"), rs.getLong("subject_id"),
				rs.getLong("project_id"), rs.getString("what"), rs.getTimestamp("viewed_at").toInstant()), args.toArray());
	}

	/** One recorded view. */
	public record Access(long id, long staffId, String username, String subjectType, long subjectId, long projectId,
			String what, Instant at) {
	}

}
