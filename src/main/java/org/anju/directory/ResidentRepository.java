package org.anju.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

	/** A resident with the household, unit and building their reference names, in one query. */
	@Query("select r from Resident r join fetch r.household h join fetch h.unit u join fetch u.building where r.id = ?1")
	Optional<Resident> findWithAddress(long id);

	@Query("select r from Resident r join fetch r.household h join fetch h.unit u join fetch u.building where r.id in ?1")
	List<Resident> findWithAddress(Collection<Long> ids);

	List<Resident> findByHouseholdIdOrderById(long householdId);

	List<Resident> findByHouseholdUnitBuildingProjectId(long projectId);

	List<Resident> findByHouseholdUnitBuildingIdOrderById(long buildingId);

	List<Resident> findByMobile(String mobile);

	List<Resident> findByEmailIgnoreCase(String email);

	List<Resident> findByWechatOpenId(String openId);

	boolean existsByHouseholdId(long householdId);

}
