package org.anju.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<Staff, Long> {

	Optional<Staff> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select distinct s from Staff s join s.projectIds p where p = ?1 order by s.id")
	List<Staff> findByProject(long projectId);

}
