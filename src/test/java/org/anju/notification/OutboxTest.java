package org.anju.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.anju.notification.Message.RecipientType;
import org.anju.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Quiet hours and idempotency of the outbox. */
class OutboxTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final MessageRepository messages = mock(MessageRepository.class);

	final MutableClock clock = new MutableClock(at("2026-04-07T23:30"), SHANGHAI);

	final Outbox outbox = new Outbox(messages, mock(CallTasks.class), clock, LocalTime.of(22, 0), LocalTime.of(8, 0));

	static Instant at(String shanghai) {
		return java.time.LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant();
	}

	Message queued(RecipientType type, boolean urgent) {
		outbox.queue("ack:1", 1L, new Recipient(type, 5L, "王建华", 9L, Map.of(ChannelKind.SMS, "13712345678")), "s", "b", urgent);
		ArgumentCaptor<Message> saved = ArgumentCaptor.forClass(Message.class);
		verify(messages).save(saved.capture());
		return saved.getValue();
	}

	@Test
	void ownerMessagesWaitForTheMorning() {
		assertThat(queued(RecipientType.RESIDENT, false).getNextAttemptAt()).isEqualTo(at("2026-04-08T08:00"));
	}

	@Test
	void emergenciesAndStaffNeverWait() {
		assertThat(queued(RecipientType.RESIDENT, true).getNextAttemptAt()).isEqualTo(clock.instant());
	}

	@Test
	void staffMessagesGoAtOnce() {
		assertThat(queued(RecipientType.STAFF, false).getNextAttemptAt()).isEqualTo(clock.instant());
	}

	@Test
	void quietHoursEndAtEightAndDaytimeIsNotQuiet() {
		assertThat(outbox.afterQuietHours(at("2026-04-08T03:00"))).isEqualTo(at("2026-04-08T08:00"));
		assertThat(outbox.afterQuietHours(at("2026-04-08T08:00"))).isEqualTo(at("2026-04-08T08:00"));
		assertThat(outbox.afterQuietHours(at("2026-04-08T21:59"))).isEqualTo(at("2026-04-08T21:59"));
		assertThat(outbox.afterQuietHours(at("2026-04-08T22:00"))).isEqualTo(at("2026-04-09T08:00"));
	}

	@Test
	void aRepeatedEventQueuesNothingNew() {
		when(messages.existsByIdempotencyKey("ack:1:RESIDENT5")).thenReturn(true);
		outbox.queue("ack:1", 1L, new Recipient(RecipientType.RESIDENT, 5L, "王建华", 9L, Map.of(ChannelKind.SMS, "137")), "s",
				"b", false);
		verify(messages, never()).save(any());
	}

}
