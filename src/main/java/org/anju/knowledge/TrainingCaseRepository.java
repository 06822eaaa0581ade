package org.anju.knowledge;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingCaseRepository extends JpaRepository<TrainingCase, Long> {

	boolean existsByComplaintId(long complaintId);

	@Query("select c from TrainingCase c where c.projectId in ?1 and (?2 is null or c.entryCode = ?2) order by c.id desc")
	List<TrainingCase> of(Collection<Long> projectIds, String entryCode);

}
