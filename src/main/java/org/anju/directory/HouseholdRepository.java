package org.anju.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

	@Query("select h from Household h join fetch h.unit u join fetch u.building b where u.id = ?1 order by h.room")
	List<Household> findByUnitId(long unitId);

	@Query("select h from Household h join fetch h.unit u join fetch u.building b where h.id = ?1")
	Optional<Household> findWithAddress(long id);

	Optional<Household> findByUnitIdAndRoom(long unitId, String room);

	List<Household> findByUnitBuildingProjectId(long projectId);

	boolean existsByUnitId(long unitId);

}
