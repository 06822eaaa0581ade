package org.anju.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, Long> {

	boolean existsByComplaintIdAndRound(long complaintId, int round);

	Optional<Rating> findFirstByComplaintIdOrderByRoundDesc(long complaintId);

	List<Rating> findByComplaintIdOrderByRound(long complaintId);

	List<Rating> findByComplaintIdInOrderByRound(Collection<Long> complaintIds);

	/** One row: how many ratings, the sum of their stars, how many gave 4 or 5 stars. */
	@Query("""
			select count(r), coalesce(sum(r.stars), 0), coalesce(sum(case when r.stars >= 4 then 1 else 0 end), 0)
			from Rating r where r.projectId in ?1 and r.ratedAt >= ?2 and r.ratedAt < ?3""")
	List<Object[]> totals(Collection<Long> projectIds, Instant from, Instant to);

}
