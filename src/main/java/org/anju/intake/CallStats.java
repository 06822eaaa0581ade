package org.anju.intake;

import java.time.Clock;
import java.time.Duration;
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
 * Call statistics per agent and day (in the company's time zone): calls taken and made (inbound,
 * outbound, answered), talk time, complaints recorded (new or merged into an open one), callbacks
 * promised — counted on the day of the call —, callbacks due and late (done more than
 * {@link #GRACE} after the time promised, or not done by then) for the agent who promised them on
 * the day they fell due, and callbacks made, counted for whoever made them on the day they did.
 * Leads see every agent of their projects, an agent their own rows.
 */
@Component
class CallStats {

	private static final int MAX_DAYS = 366;

	/** A callback made within this of the time promised is on time. */
	static final Duration GRACE = Duration.ofMinutes(15);

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
		Instant now = clock.instant();
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
			if (call.getCallbackAt() != null && within(call.getCallbackAt(), start, end)) {
				Tally tally = tallies.computeIfAbsent(
						new Key(call.getAgentId(), LocalDate.ofInstant(call.getCallbackAt(), zone)), k -> new Tally());
				tally.callbacksDue++;
				Instant deadline = call.getCallbackAt().plus(GRACE);
				Instant done = call.getCallbackDoneAt();
				if (done != null ? done.isAfter(deadline) : now.isAfter(deadline)) {
					tally.callbacksLate++;
				}
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

	/**
	 * One agent's day. {@code calls} = {@code inbound} + {@code outbound}; {@code answered} counts
	 * inbound calls not dropped and outbound calls that reached someone; {@code averageTalkSeconds}
	 * is over the calls that have ended.
	 */
	record Row(LocalDate date, long agentId, String agentName, int calls, long talkSeconds, Long averageTalkSeconds,
			int complaintsNew, int complaintsMerged, int callbacksScheduled, int callbacksDone, int inbound,
			int outbound, int answered, int callbacksDue, int callbacksLate) {
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

		int inbound;

		int outbound;

		int answered;

		int callbacksDue;

		int callbacksLate;

		void add(Call call) {
			calls++;
			if (call.getDirection() == Call.Direction.OUT) {
				outbound++;
			}
			else {
				inbound++;
			}
			if (call.getDirection() == Call.Direction.OUT ? call.getOutcome() == Call.Outcome.REACHED
					: call.getOutcome() != Call.Outcome.DROPPED) {
				answered++;
			}
			if (call.getDurationSeconds() != null) {
				ended++;
				talkSeconds += call.getDurationSeconds();
			}
			call.getComplaints().stream().filter(r -> call.getDirection() == Call.Direction.IN).forEach(r -> {
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
					callbacksScheduled, callbacksDone, inbound, outbound, answered, callbacksDue, callbacksLate);
		}

	}

}
