package org.anju.vehicle;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VehicleRepository extends JpaRepository<Vehicle, Long> {

	List<Vehicle> findByHouseholdIdOrderByActiveDescIdAsc(long householdId);

	/** The project's vehicles with the plate, active ones first, then the latest. */
	List<Vehicle> findByProjectIdAndPlateOrderByActiveDescIdDesc(long projectId, String plate);

	boolean existsByProjectIdAndPlateAndActiveTrueAndIdNot(long projectId, String plate, long id);

	/** Active vehicles whose lease ends in [from, to] and whose reminder for that date has not gone out. */
	@Query("""
			select v from Vehicle v where v.active = true and v.leaseExpires between ?1 and ?2
			and (v.leaseRemindedFor is null or v.leaseRemindedFor <> v.leaseExpires)
			order by v.householdId, v.leaseExpires, v.id""")
	List<Vehicle> leaseDue(LocalDate from, LocalDate to);

}
