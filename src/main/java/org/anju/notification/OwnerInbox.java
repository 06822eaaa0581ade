package org.anju.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an owner was told, for the owner's inbox page and the owners' API: the messages about
 * their complaints and their in-app inbox (one entry per message, however many channels carried
 * it) and the mass notices sent to their household. Sign-in codes are left out. Callers pass the
 * signed-in owner's own ids.
 */
@Service
@Transactional(readOnly = true)
public class OwnerInbox {

	private static final int LIMIT = 100;

	private final MessageRepository messages;

	private final NoticeRepository notices;

	OwnerInbox(MessageRepository messages, NoticeRepository notices) {
		this.messages = messages;
		this.notices = notices;
	}

	public Inbox of(long residentId, long householdId) {
		Map<String, Item> items = new LinkedHashMap<>();
		messages.findTop200ByRecipientTypeAndRecipientIdOrderByIdDesc(Message.RecipientType.RESIDENT, residentId)
			.stream()
			.filter(m -> m.getNoticeId() == null)
			.filter(m -> m.getComplaintId() != null || m.getChannel() == ChannelKind.INBOX)
			.forEach(m -> items.putIfAbsent(m.getComplaintId() + "\n" + m.getSubject() + "\n" + m.getBody(),
					new Item(m.getComplaintId(), m.getSubject(), m.getBody(), m.getCreatedAt())));
		Set<Long> noticeIds = new LinkedHashSet<>();
		messages.findByHouseholdIdOrderByIdDesc(householdId).stream()
			.filter(m -> m.getNoticeId() != null)
			.forEach(m -> noticeIds.add(m.getNoticeId()));
		List<HouseholdNotice> sent = new ArrayList<>();
		notices.findAllById(noticeIds).forEach(n -> sent.add(new HouseholdNotice(n.getId(), n.getKind().name(),
				n.getTitle(), n.getBody(), n.getSentAt() == null ? n.getScheduledAt() : n.getSentAt())));
		sent.sort(Comparator.comparing(HouseholdNotice::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return new Inbox(items.values().stream().limit(LIMIT).toList(), sent.stream().limit(LIMIT).toList());
	}

	/** The owner's messages (newest first) and the household's notices (newest first). */
	public record Inbox(List<Item> messages, List<HouseholdNotice> notices) {
	}

	/** A message to the owner; {@code complaintId} when it is about one of their complaints. */
	public record Item(Long complaintId, String subject, String body, Instant at) {
	}

	/** A mass notice the household was sent. */
	public record HouseholdNotice(long id, String kind, String title, String body, Instant sentAt) {
	}

}
