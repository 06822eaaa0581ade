package org.anju.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.triage.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.anju.complaint.ComplaintStatus.ASSIGNED;
import static org.anju.complaint.ComplaintStatus.CANCELLED;
import static org.anju.complaint.ComplaintStatus.CLOSED;
import static org.anju.complaint.ComplaintStatus.IN_PROGRESS;
import static org.anju.complaint.ComplaintStatus.ON_HOLD;
import static org.anju.complaint.ComplaintStatus.RECEIVED;
import static org.anju.complaint.ComplaintStatus.REOPENED;
import static org.anju.complaint.ComplaintStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action of the lifecycle tried from every status: the legal ones move, the others are refused. */
class ComplaintLifecycleTest {

	static final Actor AGENT = new Actor(7, "agent", "王管家", Set.of(Role.AGENT), Set.of(1L));

	static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

	/** The lifecycle of the issue, written out independently of the code: action → (from → to). */
	static final Map<Action, Map<ComplaintStatus, ComplaintStatus>> LEGAL = new EnumMap<>(Action.class);

	static {
		LEGAL.put(Action.ASSIGN, Map.of(RECEIVED, ASSIGNED));
		LEGAL.put(Action.REASSIGN, Map.of(ASSIGNED, ASSIGNED, IN_PROGRESS, ASSIGNED, ON_HOLD, ASSIGNED, REOPENED, ASSIGNED));
		LEGAL.put(Action.START, Map.of(ASSIGNED, IN_PROGRESS, REOPENED, IN_PROGRESS));
		LEGAL.put(Action.HOLD, Map.of(IN_PROGRESS, ON_HOLD));
		LEGAL.put(Action.RESUME, Map.of(ON_HOLD, IN_PROGRESS));
		LEGAL.put(Action.RESOLVE, Map.of(IN_PROGRESS, RESOLVED));
		LEGAL.put(Action.CLOSE, Map.of(RESOLVED, CLOSED));
		LEGAL.put(Action.REOPEN, Map.of(RESOLVED, REOPENED, CLOSED, REOPENED));
		LEGAL.put(Action.CANCEL, Map.of(RECEIVED, CANCELLED, ASSIGNED, CANCELLED, IN_PROGRESS, CANCELLED, ON_HOLD,
				CANCELLED, REOPENED, CANCELLED));
	}

	enum Action {

		ASSIGN(c -> c.assign(11, "李师傅", "ENGINEERING", AGENT, NOW)),
		REASSIGN(c -> c.reassign(12, "赵师傅", "ENGINEERING", "李师傅休假", AGENT, NOW)),
		START(c -> c.start(AGENT, NOW)),
		HOLD(c -> c.hold("等待配件", LocalDate.of(2026, 11, 25), AGENT, NOW)),
		RESUME(c -> c.resume(AGENT, NOW)),
		RESOLVE(c -> c.resolve("已更换水管", AGENT, NOW)),
		CLOSE(c -> c.close("业主满意", AGENT, NOW)),
		REOPEN(c -> c.reopen("仍然漏水", AGENT, NOW)),
		CANCEL(c -> c.cancel("业主撤回", AGENT, NOW));

		final Consumer<Complaint> apply;

		Action(Consumer<Complaint> apply) {
			this.apply = apply;
		}

	}

	/** The shortest way to bring a new complaint into each status. */
	static final Map<ComplaintStatus, List<Action>> PATH = Map.of(
			RECEIVED, List.of(),
			ASSIGNED, List.of(Action.ASSIGN),
			IN_PROGRESS, List.of(Action.ASSIGN, Action.START),
			ON_HOLD, List.of(Action.ASSIGN, Action.START, Action.HOLD),
			RESOLVED, List.of(Action.ASSIGN, Action.START, Action.RESOLVE),
			CLOSED, List.of(Action.ASSIGN, Action.START, Action.RESOLVE, Action.CLOSE),
			REOPENED, List.of(Action.ASSIGN, Action.START, Action.RESOLVE, Action.REOPEN),
			CANCELLED, List.of(Action.CANCEL));

	static Complaint complaintIn(ComplaintStatus status) {
		Complaint c = Complaint.register("TS20261122-0001", 1, new Complainant(3L, 2L, 1L, "张三", "13800000000", null, "1栋1单元101"),
				Channel.PHONE, NOW, "漏水", "楼上漏水到我家", null,
				new Classification("WATER_LEAK", "FACILITY", "ENGINEERING", Urgency.URGENT), AGENT, NOW);
		ReflectionTestUtils.setField(c, "id", 42L); // as the database would
		PATH.get(status).forEach(a -> a.apply.accept(c));
		assertThat(c.getStatus()).isEqualTo(status);
		return c;
	}

	static Stream<Arguments> everyActionFromEveryStatus() {
		List<Arguments> cases = new ArrayList<>();
		for (Action action : Action.values()) {
			for (ComplaintStatus from : ComplaintStatus.values()) {
				cases.add(Arguments.of(action, from));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActionFromEveryStatus")
	void actionMovesOrIsRefused(Action action, ComplaintStatus from) {
		Complaint complaint = complaintIn(from);
		int entries = complaint.getTimeline().size();
		ComplaintStatus expected = LEGAL.get(action).get(from);
		if (expected != null) {
			action.apply.accept(complaint);
			assertThat(complaint.getStatus()).isEqualTo(expected);
			TimelineEntry last = complaint.getTimeline().get(complaint.getTimeline().size() - 1);
			assertThat(complaint.getTimeline()).hasSize(entries + 1);
			assertThat(last.getToStatus()).isEqualTo(expected);
			assertThat(last.getFromStatus()).isEqualTo(from);
			assertThat(last.getActorName()).isEqualTo("王管家");
		}
		else {
			assertThatThrownBy(() -> action.apply.accept(complaint)).isInstanceOf(IllegalTransitionException.class)
				.satisfies(ex -> assertThat(((IllegalTransitionException) ex).properties())
					.containsEntry("currentState", from.name()));
			assertThat(complaint.getStatus()).isEqualTo(from);
			assertThat(complaint.getTimeline()).hasSize(entries);
		}
	}

	@Test
	void holdKeepsReasonAndDateUntilResumed() {
		Complaint c = complaintIn(ON_HOLD);
		assertThat(c.getHoldReason()).isEqualTo("等待配件");
		assertThat(c.getHoldUntil()).isEqualTo(LocalDate.of(2026, 11, 25));
		c.resume(AGENT, NOW);
		assertThat(c.getHoldReason()).isNull();
		assertThat(c.getHoldUntil()).isNull();
	}

	@Test
	void resolveKeepsTheSummaryAndReopenCountsAndClearsTheResolutionTime() {
		Complaint c = complaintIn(RESOLVED);
		assertThat(c.getResolution()).isEqualTo("已更换水管");
		assertThat(c.getResolvedAt()).isEqualTo(NOW);
		c.reopen("仍然漏水", AGENT, NOW);
		assertThat(c.getReopenCount()).isEqualTo(1);
		assertThat(c.getResolvedAt()).isNull();
		c.start(AGENT, NOW);
		c.resolve("再次维修", AGENT, NOW);
		c.reopen("还是漏", AGENT, NOW);
		assertThat(c.getReopenCount()).isEqualTo(2);
	}

	@Test
	void reassignmentChangesTheAssigneeAndRecordsTheReason() {
		Complaint c = complaintIn(IN_PROGRESS);
		c.reassign(12, "赵师傅", "SECURITY", "属于秩序维护部", AGENT, NOW);
		assertThat(c.getAssigneeId()).isEqualTo(12);
		assertThat(c.getClassification().department()).isEqualTo("SECURITY");
		assertThat(c.getTimeline().get(c.getTimeline().size() - 1).getMessage()).contains("赵师傅", "属于秩序维护部");
	}

	@Test
	void escalationIsAnAttributeNotAStatus() {
		Complaint c = complaintIn(IN_PROGRESS);
		c.escalate("超时未处理", AGENT, NOW);
		c.escalate("业主再次来电", AGENT, NOW);
		assertThat(c.getStatus()).isEqualTo(IN_PROGRESS);
		assertThat(c.getEscalationLevel()).isEqualTo(2);
		assertThatThrownBy(() -> complaintIn(CLOSED).escalate("x", AGENT, NOW))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void cancelledComplaintsTakeNoContactOrClassification() {
		Complaint c = complaintIn(CANCELLED);
		assertThat(c.getCancelReason()).isEqualTo("业主撤回");
		assertThatThrownBy(() -> c.recordContact(ContactMethod.PHONE, "回访", Visibility.PUBLIC, AGENT, NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> c.classify(c.getClassification(), Nature.VALID, AGENT, NOW))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void notesAreAppendedInAnyStatusWithTheirVisibility() {
		Complaint c = complaintIn(CLOSED);
		c.addNote("内部备注", Visibility.INTERNAL, AGENT, NOW);
		TimelineEntry last = c.getTimeline().get(c.getTimeline().size() - 1);
		assertThat(last.getType()).isEqualTo(TimelineType.NOTE);
		assertThat(last.getVisibility()).isEqualTo(Visibility.INTERNAL);
		assertThat(c.getTimeline().get(0).getType()).isEqualTo(TimelineType.CREATED);
		assertThat(c.getTimeline().get(0).getVisibility()).isEqualTo(Visibility.PUBLIC);
	}

}
