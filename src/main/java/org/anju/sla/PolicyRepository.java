package org.anju.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<Policy, Long> {

	@Query("select p from Policy p where p.projectId is null or p.projectId = ?1 order by p.scope, p.clock")
	List<Policy> effectiveFor(long projectId);

	@Query("select p from Policy p where p.projectId is null order by p.scope, p.clock")
	List<Policy> defaults();

	@Query("select p from Policy p where (p.projectId = ?1 or (?1 is null and p.projectId is null)) and p.scope = ?2 and p.clock = ?3")
	Optional<Policy> find(Long projectId, String scope, ClockKind clock);

}
