package org.anju.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.notification.Message.Status;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mass notices: scheduling, sending (one outbox message per resident of the households in scope,
 * on every channel they have, the preferred one first) and proof of delivery per household.
 */
@Component
class Notices {

	private final NoticeRepository notices;

	private final MessageRepository messages;

	private final Outbox outbox;

	private final Directory directory;

	private final ProjectChannels channels;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Notices(NoticeRepository notices, MessageRepository messages, Outbox outbox, Directory directory,
			ProjectChannels channels, PlatformTransactionManager transactions, Clock clock) {
		this.notices = notices;
		this.messages = messages;
		this.outbox = outbox;
		this.directory = directory;
		this.channels = channels;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	Notice schedule(long projectId, Notice.Kind kind, String title, String body, Set<Long> buildingIds,
			Set<Long> unitIds, Instant at, String by) {
		Set<Long> buildings = directory.buildingsOf(projectId).stream().map(BuildingRef::id).collect(Collectors.toSet());
		if (buildingIds != null && !buildings.containsAll(buildingIds)) {
			throw new InvalidInputException("buildingIds", "must be buildings of the project");
		}
		Instant now = clock.instant();
		return notices.saveAndFlush(new Notice(projectId, kind, title, body, buildingIds, unitIds,
				at == null || at.isBefore(now) ? now : at, by, now));
	}

	/** Sends every notice whose time has come; returns how many. */
	int sendDue() {
		int sent = 0;
		for (Long id : notices.due(clock.instant())) {
			sent += Boolean.TRUE.equals(transaction.execute(status -> notices.findById(id)
				.filter(n -> n.getStatus() == Notice.Status.SCHEDULED)
				.map(this::send)
				.orElse(false))) ? 1 : 0;
		}
		return sent;
	}

	private boolean send(Notice notice) {
		List<ResidentRef> residents = residents(notice);
		for (ResidentRef resident : residents) {
			outbox.queueNotice(notice.getId(), channels.restrict(Recipients.resident(resident), notice.getProjectId()),
					notice.getTitle(), notice.getBody());
		}
		notice.sent(clock.instant(), (int) residents.stream().map(r -> r.household().id()).distinct().count());
		notices.saveAndFlush(notice);
		return true;
	}

	/**
	 * Per household of the notice: reached or not, by which channel and when. Only SMS, e-mail and
	 * WeChat count as reaching a household; a copy in the portal inbox alone does not.
	 */
	List<HouseholdDelivery> deliveries(Notice notice) {
		Map<Long, List<Message>> byHousehold = messages.findByNoticeId(notice.getId()).stream()
			.filter(m -> m.getHouseholdId() != null)
			.collect(Collectors.groupingBy(Message::getHouseholdId));
		Map<Long, HouseholdRef> households = new LinkedHashMap<>();
		residents(notice).forEach(r -> households.putIfAbsent(r.household().id(), r.household()));
		return households.values().stream().map(h -> {
			List<Message> sent = byHousehold.getOrDefault(h.id(), List.of());
			Optional<Message> first = sent.stream()
				.filter(m -> m.getStatus() == Status.SENT && m.getChannel() != ChannelKind.INBOX)
				.min(Comparator.comparing(Message::getSentAt));
			boolean pending = sent.stream().anyMatch(m -> m.getStatus() == Status.QUEUED || m.getStatus() == Status.SENDING);
			return new HouseholdDelivery(h.id(), h.label(), first.isPresent(), first.map(Message::getChannel).orElse(null),
					first.map(Message::getSentAt).orElse(null), first.map(Message::getRecipientName).orElse(null),
					!first.isPresent() && pending);
		}).toList();
	}

	/** Whether a household was reached, by which channel, when and whom; {@code pending} while tries remain. */
	record HouseholdDelivery(long householdId, String household, boolean reached, ChannelKind channel, Instant at,
			String resident, boolean pending) {
	}

	private List<ResidentRef> residents(Notice notice) {
		Set<Long> buildings = notice.getBuildingIds().isEmpty() ? directory.buildingsOf(notice.getProjectId()).stream()
			.map(BuildingRef::id).collect(Collectors.toSet()) : notice.getBuildingIds();
		return buildings.stream().sorted()
			.flatMap(b -> directory.residentsInBuilding(b).stream())
			.filter(ResidentRef::active)
			.filter(r -> notice.getUnitIds().isEmpty() || notice.getUnitIds().contains(r.household().unitId()))
			.toList();
	}

}
