package org.anju.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallTaskRepository extends JpaRepository<CallTask, Long> {

	boolean existsByIdempotencyKey(String key);

	@Query("select t from CallTask t where t.projectId in ?1 and (?2 = false or t.doneAt is null) order by t.createdAt")
	List<CallTask> of(Collection<Long> projectIds, boolean openOnly);

}
