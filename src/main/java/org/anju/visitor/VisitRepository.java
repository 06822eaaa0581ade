package org.anju.visitor;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

	List<Visit> findByProjectIdAndStatusOrderByTimeInAsc(long projectId, Visit.Status status);

	List<Visit> findByProjectIdAndStatusAndExpectedOutLessThanEqualOrderByExpectedOutAsc(long projectId,
			Visit.Status status, Instant at);

	List<Visit> findTop200ByProjectIdOrderByIdDesc(long projectId);

	boolean existsByProjectIdAndStatusAndBadge(long projectId, Visit.Status status, String badge);

	long countByProjectIdAndIdHashAndIdNot(long projectId, String idHash, long id);

}
