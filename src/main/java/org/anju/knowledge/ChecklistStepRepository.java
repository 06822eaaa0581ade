package org.anju.knowledge;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChecklistStepRepository extends JpaRepository<ChecklistStep, Long> {

	List<ChecklistStep> findByComplaintIdOrderByPosition(long complaintId);

	@Modifying
	@Query("delete from ChecklistStep s where s.complaintId = ?1")
	void deleteByComplaint(long complaintId);

	/** Per entry: the complaint, how many steps, how many done (the statistics). */
	@Query("""
			select s.entryCode, s.complaintId, count(s), count(s.doneAt) from ChecklistStep s
			where s.projectId in ?1 group by s.entryCode, s.complaintId""")
	List<Object[]> progress(Collection<Long> projectIds);

}
