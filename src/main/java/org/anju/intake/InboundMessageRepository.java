package org.anju.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.anju.complaint.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

	Optional<InboundMessage> findByChannelAndExternalId(Channel channel, String externalId);

	List<InboundMessage> findByComplaintIdOrderById(long complaintId);

	/** The quarantine gauge: messages in one status (indexed). */
	long countByStatus(InboundStatus status);

	List<InboundMessage> findTop500ByStatusInOrderByIdDesc(Collection<InboundStatus> statuses);

	List<InboundMessage> findTop500ByStatusInAndChannelOrderByIdDesc(Collection<InboundStatus> statuses, Channel channel);

}
