package org.anju.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentRepository extends JpaRepository<Resident, Long> {

	List<Resident> findByHouseholdIdOrderById(long householdId);

	List<Resident> findByHouseholdUnitBuildingProjectId(long projectId);

	List<Resident> findByHouseholdUnitBuildingIdOrderById(long buildingId);

	List<Resident> findByMobile(String mobile);

	List<Resident> findByEmailIgnoreCase(String email);

	List<Resident> findByWechatOpenId(String openId);

	boolean existsByHouseholdId(long householdId);

}
