package org.anju.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

	Optional<FeedbackRequest> findByComplaintIdAndRound(long complaintId, int round);

	@Query("select r from FeedbackRequest r where r.state = 'WAITING' and r.remindedAt is null and r.resolvedAt <= ?1 order by r.resolvedAt")
	List<FeedbackRequest> toRemind(Instant resolvedBefore, Pageable batch);

	@Query("select r from FeedbackRequest r where r.state = 'WAITING' and r.resolvedAt <= ?1 order by r.resolvedAt")
	List<FeedbackRequest> unanswered(Instant resolvedBefore, Pageable batch);

}
