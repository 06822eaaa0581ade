package org.anju.notification;

import java.util.List;

import org.anju.notification.Message.RecipientType;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboxRepository extends JpaRepository<InboxItem, Long> {

	boolean existsByMessageId(long messageId);

	List<InboxItem> findTop100ByRecipientTypeAndRecipientIdOrderByIdDesc(RecipientType type, long recipientId);

}
