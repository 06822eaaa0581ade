package org.anju.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SampleRepository extends JpaRepository<Sample, Long> {

	Optional<Sample> findByRoundIdAndHouseholdId(long roundId, long householdId);

	List<Sample> findByRoundIdOrderByHouseholdId(long roundId);

	List<Sample> findByHouseholdIdOrderByIdDesc(long householdId);

	long countByRoundId(long roundId);

	long countByRoundIdAndAnsweredAtIsNotNull(long roundId);

	/** The households of a project sampled in quarters [from, to], which the next draw avoids. */
	@Query("select distinct s.householdId from Sample s where s.projectId = ?1 and s.quarterIndex between ?2 and ?3")
	Set<Long> sampledBetween(long projectId, int from, int to);

	/** Ids of the households not answered and not yet reminded, invited before the given moment. */
	@Query("select s.id from Sample s where s.answeredAt is null and s.remindedAt is null and s.invitedAt <= ?1 order by s.id")
	List<Long> dueForReminder(Instant invitedBefore);

}
