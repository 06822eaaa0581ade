package org.anju.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

	boolean existsByIdempotencyKey(String key);

	java.util.Optional<Message> findByIdempotencyKey(String key);

	@Query("select m.id from Message m where m.nextAttemptAt <= ?1 order by m.nextAttemptAt")
	List<Long> due(Instant now, Pageable batch);

	List<Message> findByComplaintIdOrderById(long complaintId);

	/** The outbox backlog gauges: messages in one status (indexed). */
	long countByStatus(Message.Status status);

	List<Message> findByNoticeId(long noticeId);

	List<Message> findByHouseholdIdOrderByIdDesc(long householdId);

	List<Message> findTop200ByRecipientTypeAndRecipientIdOrderByIdDesc(Message.RecipientType type, long recipientId);

	List<Message> findByHouseholdIdIn(java.util.Collection<Long> householdIds);

}
