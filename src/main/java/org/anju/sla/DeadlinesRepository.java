package org.anju.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The scanner's look-ups each read one indexed trigger column, which holds only pending work. */
interface DeadlinesRepository extends JpaRepository<Deadlines, Long> {

	@Query("select c.complaintId from Deadlines c where c.firstContactWarnAt <= ?1 order by c.firstContactWarnAt")
	List<Long> firstContactWarningsDue(Instant now, Pageable batch);

	@Query("select c.complaintId from Deadlines c where c.firstContactBreachAt <= ?1 order by c.firstContactBreachAt")
	List<Long> firstContactBreachesDue(Instant now, Pageable batch);

	@Query("select c.complaintId from Deadlines c where c.resolutionWarnAt <= ?1 order by c.resolutionWarnAt")
	List<Long> resolutionWarningsDue(Instant now, Pageable batch);

	@Query("select c.complaintId from Deadlines c where c.resolutionBreachAt <= ?1 order by c.resolutionBreachAt")
	List<Long> resolutionBreachesDue(Instant now, Pageable batch);

	@Query("select c.complaintId from Deadlines c where c.nextEscalationAt <= ?1 order by c.nextEscalationAt")
	List<Long> escalationsDue(Instant now, Pageable batch);

	@Query("select c.complaintId from Deadlines c where c.nextUpdateDue <= ?1 order by c.nextUpdateDue")
	List<Long> updatesDue(Instant now, Pageable batch);

	@Query("select c.complaintId from Deadlines c where c.callbackCheckAt <= ?1 order by c.callbackCheckAt")
	List<Long> callbacksDue(Instant now, Pageable batch);

	/** Open complaints whose warning fired but whose deadline has not passed yet. */
	@Query("select c from Deadlines c where c.state = 'OPEN' and c.resolutionWarned = true and c.resolutionBreached = false and c.holdStartedAt is null and (?1 is null or c.projectId = ?1) and c.projectId in ?2 order by c.resolutionDue")
	List<Deadlines> aboutToBreach(Long projectId, Collection<Long> projects, Pageable page);

	@Query("select c from Deadlines c where c.state = 'OPEN' and (c.resolutionBreached = true or c.firstContactBreached = true) and (?1 is null or c.projectId = ?1) and c.projectId in ?2 order by c.resolutionDue")
	List<Deadlines> overdue(Long projectId, Collection<Long> projects, Pageable page);

	/** Ids for the console's deadline queues: like {@link #aboutToBreach}, in any of the projects ({@code all} = every project). */
	@Query("select c.complaintId from Deadlines c where c.state = 'OPEN' and c.resolutionWarned = true and c.resolutionBreached = false and c.holdStartedAt is null and (?1 = true or c.projectId in ?2) order by c.resolutionDue")
	List<Long> aboutToBreachIds(boolean all, Collection<Long> projects, Pageable page);

	@Query("select count(c) from Deadlines c where c.state = 'OPEN' and c.resolutionWarned = true and c.resolutionBreached = false and c.holdStartedAt is null and (?1 = true or c.projectId in ?2)")
	long countAboutToBreach(boolean all, Collection<Long> projects);

	/** Ids for the console's deadline queues: like {@link #overdue}, in any of the projects ({@code all} = every project). */
	@Query("select c.complaintId from Deadlines c where c.state = 'OPEN' and (c.resolutionBreached = true or c.firstContactBreached = true) and (?1 = true or c.projectId in ?2) order by c.resolutionDue")
	List<Long> overdueIds(boolean all, Collection<Long> projects, Pageable page);

	@Query("select count(c) from Deadlines c where c.state = 'OPEN' and (c.resolutionBreached = true or c.firstContactBreached = true) and (?1 = true or c.projectId in ?2)")
	long countOverdue(boolean all, Collection<Long> projects);

	@Query("select c from Deadlines c where c.receivedAt >= ?1 and c.receivedAt < ?2 and (?3 is null or c.projectId = ?3) and c.projectId in ?4")
	List<Deadlines> receivedBetween(Instant from, Instant to, Long projectId, Collection<Long> projects);

}
