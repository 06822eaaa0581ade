package org.anju.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.anju.complaint.Channel;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

	Optional<InboundMessage> findByChannelAndExternalId(Channel channel, String externalId);

	/** The ids of messages kept for handling later that still wait, oldest first. */
	@Query("select m.id from InboundMessage m where m.status = ?1 and m.submittedBy is not null order by m.id")
	List<Long> waiting(InboundStatus status, Limit limit);

	List<InboundMessage> findByChannelInAndExternalIdStartingWithOrderById(Collection<Channel> channels,
			String prefix);

	List<InboundMessage> findByComplaintIdOrderById(long complaintId);

	/** The quarantine gauge: messages in one status (indexed). */
	long countByStatus(InboundStatus status);

	List<InboundMessage> findTop500ByStatusInOrderByIdDesc(Collection<InboundStatus> statuses);

	List<InboundMessage> findTop500ByStatusInAndChannelOrderByIdDesc(Collection<InboundStatus> statuses, Channel channel);

}
