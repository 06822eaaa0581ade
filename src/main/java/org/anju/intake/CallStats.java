package org.anju.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Call statistics per agent and day (in the company's time zone): calls taken, talk time,
 * complaints recorded (new or merged into an open one), callbacks promised — counted on the day
 * of the call — and callbacks made, counted for whoever made them on the day they did. Leads see
 * every agent of their projects, an agent their own rows.
 */
@Component
class CallStats {

	private static final int MAX_DAYS = 366;

	private final CallRepository repository;

	private final Calls calls;

	private final Organisation organisation;

	private final Clock clock;

	CallStats(CallRepository repository, Calls calls, Organisation organisation, Clock clock) {
		this.repository = repository;
		this.calls = calls;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Row> of(Long projectId, LocalDate from, LocalDate to, Actor actor) {
		ReceptionDesk.requireDesk(actor);
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("to", "must be on or after from, and at most " + MAX_DAYS + " days later");
		}
		Set<Long> projects = calls.projects(projectId, actor);
		if (projects.isEmpty()) {
			return List.of();
		}
		ZoneId zone = clock.getZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing(Key::date).thenComparingLong(Key::agentId));
		for (Call call : repository.activity(projects, start, end)) {
			if (within(call.getStartedAt(), start, end)) {
				tallies.computeIfAbsent(new Key(call.getAgentId(), LocalDate.ofInstant(call.getStartedAt(), zone)),
						k -> new Tally()).add(call);
			}
			if (call.getCallbackDoneAt() != null && within(call.getCallbackDoneAt(), start, end)) {
				tallies.computeIfAbsent(new Key(call.getCallbackDoneBy(), LocalDate.ofInstant(call.getCallbackDoneAt(), zone)),
						k -> new Tally()).callbacksDone++;
			}
		}
		boolean everyone = actor.hasAnyRole(Role.SUPERVISOR, Role.MANAGER);
		return tallies.entrySet().stream()
			.filter(e -> everyone || e.getKey().agentId() == actor.staffId())
			.map(e -> e.getValue().row(e.getKey(),
					organisation.staff(e.getKey().agentId()).map(StaffRef::displayName).orElse(null)))
			.toList();
	}

	private static boolean within(Instant t, Instant start, Instant end) {
		return !t.isBefore(start) && t.isBefore(end);
	}

	/** One agent's day. {@code averageTalkSeconds} is over the calls that have ended. */
	record Row(LocalDate date, long agentId, String agentName, int calls, long talkSeconds, Long averageTalkSeconds,
			int complaintsNew, int complaintsMerged, int callbacksScheduled, int callbacksDone) {
	}

	private record Key(long agentId, LocalDate date) {
	}

	private static final class Tally {

		int calls;

		int ended;

		long talkSeconds;

		int complaintsNew;

		int complaintsMerged;

		int callbacksScheduled;

		int callbacksDone;

		void add(Call call) {
			calls++;
			if (call.getDurationSeconds() != null) {
				ended++;
				talkSeconds += call.getDurationSeconds();
			}
			call.getComplaints().forEach(r -> {
				if (r.merged()) {
					complaintsMerged++;
				}
				else {
					complaintsNew++;
				}
			});
			if (call.getCallbackAt() != null) {
				callbacksScheduled++;
			}
		}

		Row row(Key key, String agentName) {
			return new Row(key.date(), key.agentId(), agentName, calls, talkSeconds,
					ended == 0 ? null : Math.round((double) talkSeconds / ended), complaintsNew, complaintsMerged,
					callbacksScheduled, callbacksDone);
		}

	}

}
