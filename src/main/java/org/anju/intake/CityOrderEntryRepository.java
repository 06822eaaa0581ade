package org.anju.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityOrderEntryRepository extends JpaRepository<CityOrderEntry, Long> {

	Optional<CityOrderEntry> findByOrderNumber(String orderNumber);

	List<CityOrderEntry> findByProjectIdOrderByDueAt(long projectId, Pageable page);

	List<CityOrderEntry> findByProjectIdAndRepliedAtIsNullOrderByDueAt(long projectId, Pageable page);

	List<CityOrderEntry> findByProjectIdAndRepliedAtIsNotNullOrderByDueAt(long projectId, Pageable page);

}
