package org.anju.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	List<Unit> findByBuildingIdOrderByName(long buildingId);

	Optional<Unit> findByBuildingIdAndName(long buildingId, String name);

	List<Unit> findByBuildingProjectId(long projectId);

	boolean existsByBuildingId(long buildingId);

}
