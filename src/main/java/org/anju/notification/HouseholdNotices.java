package org.anju.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mass notices a household was sent, newest first, with every delivery record: the answer to
 * "nobody told me", for the notice API and the complaint workbench. Callers check that the actor
 * may see the household.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdNotices {

	private final NoticeRepository notices;

	private final MessageRepository messages;

	HouseholdNotices(NoticeRepository notices, MessageRepository messages) {
		this.notices = notices;
		this.messages = messages;
	}

	public List<HouseholdNotice> of(long householdId) {
		Map<Long, List<Message>> byNotice = messages.findByHouseholdIdOrderByIdDesc(householdId).stream()
			.filter(m -> m.getNoticeId() != null)
			.collect(Collectors.groupingBy(Message::getNoticeId, LinkedHashMap::new, Collectors.toList()));
		List<HouseholdNotice> result = new ArrayList<>();
		byNotice.forEach((noticeId, sent) -> notices.findById(noticeId).ifPresent(n -> result.add(new HouseholdNotice(
				n.getId(), n.getKind().name(), n.getTitle(), n.getSentAt(),
				sent.stream().map(m -> new Delivery(m.getRecipientName(), m.getChannel(), m.getAddress(),
						m.getStatus().name(), m.getSentAt(), m.getLastError())).toList()))));
		return result;
	}

	/** A notice as the household received it. */
	public record HouseholdNotice(long noticeId, String kind, String title, Instant sentAt, List<Delivery> deliveries) {
	}

	/** One copy of a notice: to whom, on which channel and address, and what became of it. */
	public record Delivery(String resident, ChannelKind channel, String address, String status, Instant at,
			String error) {
	}

}
