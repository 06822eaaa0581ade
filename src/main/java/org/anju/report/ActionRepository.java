package org.anju.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<ImprovementAction, Long> {

	List<ImprovementAction> findByProjectIdInOrderByDueDateAscIdAsc(Collection<Long> projectIds);

	@Query("select a from ImprovementAction a where a.projectId in ?1 and a.createdAt < ?2 order by a.dueDate, a.id")
	List<ImprovementAction> createdBefore(Collection<Long> projectIds, Instant before);

	@Query("select a from ImprovementAction a where a.projectId = ?1 and a.publicAction = true and a.status <> ?2 order by a.dueDate, a.id")
	List<ImprovementAction> publicOf(long projectId, ActionStatus dropped);

}
