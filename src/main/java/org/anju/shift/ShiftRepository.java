package org.anju.shift;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShiftRepository extends JpaRepository<Shift, Long> {

	/** The post's shifts in order: by start, then by creation. */
	List<Shift> findByPostIdOrderByStartsAtAscIdAsc(long postId);

	@Query("select s from Shift s join s.staffIds staff where staff = ?1 and s.status = ?2 order by s.startsAt desc, s.id desc")
	List<Shift> findByStaffAndStatus(long staffId, ShiftStatus status);

}
