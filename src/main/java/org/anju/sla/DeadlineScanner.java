package org.anju.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.anju.complaint.Complaints;
import org.anju.sla.Deadlines.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the clocks whose time has come — through indexed trigger columns that hold only pending
 * work — and fires each warning, breach, escalation step and update reminder exactly once: every
 * firing clears its trigger in the same transaction as the timeline entry and the event, and a
 * second scanner that loaded the same clock loses on its version and rolls back.
 */
@Component
class DeadlineScanner {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

	private static final Pageable BATCH = PageRequest.of(0, 200);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DeadlinesRepository deadlines;

	private final Clocks clocks;

	private final Complaints complaints;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock time;

	private final Duration levelTwoAfter;

	private final Duration levelThreeAfter;

	DeadlineScanner(DeadlinesRepository deadlines, Clocks clocks, Complaints complaints,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock time,
			@Value("${anju.sla.escalation.level-2-after:PT4H}") Duration levelTwoAfter,
			@Value("${anju.sla.escalation.level-3-after:PT24H}") Duration levelThreeAfter) {
		this.deadlines = deadlines;
		this.clocks = clocks;
		this.complaints = complaints;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.time = time;
		this.levelTwoAfter = levelTwoAfter;
		this.levelThreeAfter = levelThreeAfter;
	}

	/** What one scan fired. */
	record Fired(int warnings, int breaches, int escalations, int updates, int callbacks) {

		int total() {
			return warnings + breaches + escalations + updates + callbacks;
		}

	}

	Fired scan() {
		Instant now = time.instant();
		int warnings = fire(deadlines::firstContactWarningsDue, Trigger.FIRST_CONTACT_WARNING, now,
				d -> warn(d, ClockKind.FIRST_CONTACT))
				+ fire(deadlines::resolutionWarningsDue, Trigger.RESOLUTION_WARNING, now, d -> warn(d, ClockKind.RESOLUTION));
		int breaches = fire(deadlines::firstContactBreachesDue, Trigger.FIRST_CONTACT_BREACH, now,
				d -> breach(d, ClockKind.FIRST_CONTACT, now))
				+ fire(deadlines::resolutionBreachesDue, Trigger.RESOLUTION_BREACH, now,
						d -> breach(d, ClockKind.RESOLUTION, now));
		int escalations = fire(deadlines::escalationsDue, Trigger.ESCALATION, now, d -> escalate(d, now));
		int updates = fire(deadlines::updatesDue, Trigger.UPDATE, now, d -> remind(d, now));
		int callbacks = fire(deadlines::callbacksDue, Trigger.CALLBACK, now, d -> breach(d, ClockKind.CALLBACK, now));
		Fired fired = new Fired(warnings, breaches, escalations, updates, callbacks);
		if (fired.total() > 0) {
			log.info("Deadline scan: {}", fired);
		}
		return fired;
	}

	/**
	 * Fires one kind of trigger for every clock found due. Each firing runs in its own transaction
	 * and checks again that the trigger is still pending: another scanner may have fired it since.
	 */
	private int fire(BiFunction<Instant, Pageable, List<Long>> due, Trigger trigger, Instant now,
			Consumer<Deadlines> action) {
		int fired = 0;
		for (Long id : due.apply(now, BATCH)) {
			try {
				Boolean done = transaction.execute(status -> deadlines.findById(id)
					.filter(d -> d.isDue(trigger, now))
					.map(d -> {
						action.accept(d);
						deadlines.saveAndFlush(d);
						return true;
					})
					.orElse(false));
				fired += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException anotherScannerWasFaster) {
				log.debug("Complaint {} changed while its deadline fired; the next scan looks again", id);
			}
		}
		return fired;
	}

	private void warn(Deadlines d, ClockKind clock) {
		Instant due = clock == ClockKind.FIRST_CONTACT ? d.getFirstContactDue() : d.getResolutionDue();
		d.warned(clock);
		complaints.recordDeadline(d.getComplaintId(), label(clock) + "即将到期，期限 " + format(due, d) + " (warning: "
				+ clock + " due soon)");
		events.publishEvent(new SlaWarningRaised(d.getComplaintId(), clock, due, d.getAssigneeId()));
	}

	private void breach(Deadlines d, ClockKind clock, Instant now) {
		Instant due = switch (clock) {
			case FIRST_CONTACT -> d.getFirstContactDue();
			case CALLBACK -> d.getCallbackDue();
			default -> d.getResolutionDue();
		};
		int level = d.breached(clock, now, levelTwoAfter);
		String note = label(clock) + "已超时，期限 " + format(due, d) + " (breached: " + clock + ")";
		if (level > 0) {
			complaints.escalateTo(d.getComplaintId(), level, label(clock) + "超时，升级至主管 (level 1: supervisor)", note);
		}
		else {
			complaints.recordDeadline(d.getComplaintId(), note);
		}
		events.publishEvent(new SlaBreached(d.getComplaintId(), clock, due, d.getAssigneeId()));
	}

	private void escalate(Deadlines d, Instant now) {
		int level = d.escalated(now, d.getEscalationLevel() + 1 >= 3 ? null : levelThreeAfter);
		String who = level == 2 ? "项目经理 (level 2: project manager)" : "公司 (level 3: company)";
		complaints.escalateTo(d.getComplaintId(), level, "超时仍未解决，升级至" + who, null);
	}

	private void remind(Deadlines d, Instant now) {
		d.updateRequested(now, clocks.targets(d, d.isComplex()).update(), clocks.calendar(d));
		complaints.recordDeadline(d.getComplaintId(), "需向业主通报处理进展 (progress update due)");
		events.publishEvent(new ProgressUpdateDue(d.getComplaintId(), d.getAssigneeId()));
	}

	private String format(Instant due, Deadlines d) {
		return WHEN.format(due.atZone(clocks.zone(d)));
	}

	private static String label(ClockKind clock) {
		return switch (clock) {
			case FIRST_CONTACT -> "首次联系";
			case RESOLUTION -> "处理时限";
			case UPDATE -> "进展通报";
			case CALLBACK -> "回访";
		};
	}

}
