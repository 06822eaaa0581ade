package org.anju.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.anju.complaint.Channel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

	Optional<InboundMessage> findByChannelAndExternalId(Channel channel, String externalId);

	List<InboundMessage> findByComplaintIdOrderById(long complaintId);

	@Query("select m from InboundMessage m where m.status in ?1 and (?2 is null or m.channel = ?2) order by m.id desc")
	List<InboundMessage> findByStatus(Collection<InboundStatus> statuses, Channel channel);

}
