package org.anju.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

	@Query("select h from Household h join fetch h.unit u join fetch u.building b where u.id = ?1 order by h.room")
	List<Household> findByUnitId(long unitId);

	@Query("select h from Household h join fetch h.unit u join fetch u.building b where h.id = ?1")
	Optional<Household> findWithAddress(long id);

	@Query("select h from Household h join fetch h.unit u join fetch u.building b where h.id in ?1")
	List<Household> findWithAddress(Collection<Long> ids);

	Optional<Household> findByUnitIdAndRoom(long unitId, String room);

	List<Household> findByUnitBuildingProjectId(long projectId);

	boolean existsByUnitId(long unitId);

	/** Households whose address contains the text or with a resident of that name (part) or mobile. */
	@Query("""
			select distinct h from Household h join fetch h.unit u join fetch u.building b
			where b.project.id in ?1 and (concat(b.name, u.name, h.room) like ?2 or h.room = ?3
			or exists (select r.id from Resident r where r.household = h and (r.name like ?2 or r.mobile = ?3)))""")
	List<Household> search(Collection<Long> projectIds, String like, String text,
			org.springframework.data.domain.Pageable page);

}
