package org.anju.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallRepository extends JpaRepository<Call, Long> {

	@Query("""
			select c from Call c where c.projectId in ?1 and c.callbackAt <= ?2 and c.callbackDoneAt is null
			order by c.callbackAt""")
	List<Call> callbacksDue(Collection<Long> projectIds, Instant due);

	/** Callbacks due by {@code now}, not made, whose agent was not reminded yet. */
	@Query("""
			select c from Call c where c.callbackAt <= ?1 and c.callbackDoneAt is null and c.callbackRemindedAt is null
			order by c.callbackAt""")
	List<Call> callbacksToRemind(Instant now);

	/** Calls started, or whose callback was due or done, in [from, to). */
	@Query("""
			select distinct c from Call c left join fetch c.complaints where c.projectId in ?1
			and (c.startedAt >= ?2 and c.startedAt < ?3 or c.callbackDoneAt >= ?2 and c.callbackDoneAt < ?3
			or c.callbackAt >= ?2 and c.callbackAt < ?3)""")
	List<Call> activity(Collection<Long> projectIds, Instant from, Instant to);

	@Query("select c from Call c join c.complaints r where r.complaintId = ?1 order by c.startedAt")
	List<Call> aboutComplaint(long complaintId);

}
