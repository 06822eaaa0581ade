package org.anju.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BuildingRepository extends JpaRepository<Building, Long> {

	List<Building> findByProjectIdOrderByName(long projectId);

	Optional<Building> findByProjectIdAndName(long projectId, String name);

}
