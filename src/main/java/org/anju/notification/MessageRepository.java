package org.anju.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

	boolean existsByIdempotencyKey(String key);

	java.util.Optional<Message> findByIdempotencyKey(String key);

	@Query("select m.id from Message m where m.nextAttemptAt <= ?1 order by m.nextAttemptAt, m.id")
	List<Long> due(Instant now, Pageable batch);

	/**
	 * Whether an earlier message to the same address on the same channel is still unfinished —
	 * being sent, retrying, or due — so that this one must wait its turn. One that only waits for
	 * the quiet hours to end (never tried, not yet due) does not hold back a later urgent one.
	 */
	@Query("""
			select count(m) > 0 from Message m where m.channel = ?1 and m.address = ?2 and m.id < ?3
			and (m.status = ?5 or (m.status = ?6 and (m.attempts > 0 or m.nextAttemptAt <= ?4)))""")
	boolean earlierUnfinished(ChannelKind channel, String address, long id, Instant now, Message.Status sending,
			Message.Status queued);

	/** Claims older than the given instant: their run died mid-send. */
	List<Message> findByStatusAndClaimedAtBefore(Message.Status status, Instant before);

	List<Message> findTop500ByStatusOrderByIdDesc(Message.Status status);

	List<Message> findByComplaintIdOrderById(long complaintId);

	/** The outbox backlog gauges: messages in one status (indexed). */
	long countByStatus(Message.Status status);

	List<Message> findByNoticeId(long noticeId);

	List<Message> findByHouseholdIdOrderByIdDesc(long householdId);

	List<Message> findTop200ByRecipientTypeAndRecipientIdOrderByIdDesc(Message.RecipientType type, long recipientId);

	List<Message> findByHouseholdIdIn(java.util.Collection<Long> householdIds);

}
