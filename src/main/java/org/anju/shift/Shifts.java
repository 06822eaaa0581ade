package org.anju.shift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.complaint.Complaints;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.shift.ShiftView.ItemView;
import org.anju.shift.ShiftView.StaffOnShift;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shifts of a post and their handover logs. A shift's staff (or the project's supervisors and
 * manager) write the log; submitting it hands over; a member of the next shift acknowledges it,
 * and until then the next shift's duties answer 409 ({@link HandoverPending}). Shifts of projects
 * the actor does not work on are not found.
 */
@Service
@Transactional
public class Shifts {

	static final Duration DEFAULT_LENGTH = Duration.ofHours(12);

	private final ShiftRepository shifts;

	private final PostRepository posts;

	private final PendingItemRepository items;

	private final Organisation organisation;

	private final Complaints complaints;

	private final Clock clock;

	Shifts(ShiftRepository shifts, PostRepository posts, PendingItemRepository items, Organisation organisation,
			Complaints complaints, Clock clock) {
		this.shifts = shifts;
		this.posts = posts;
		this.items = items;
		this.organisation = organisation;
		this.complaints = complaints;
		this.clock = clock;
	}

	/** Starts a shift on the post; supervisors and the manager may staff it with anyone of the project. */
	public ShiftView start(long postId, NewShift request, Actor actor) {
		Post post = posts.findById(postId).filter(p -> actor.canSee(p.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Post", postId));
		Set<Long> staff = request.staffIds() == null || request.staffIds().isEmpty() ? Set.of(actor.staffId())
				: Set.copyOf(request.staffIds());
		for (long id : staff) {
			if (organisation.staff(id).filter(s -> s.active() && s.worksOn(post.getProjectId())).isEmpty()) {
				throw new InvalidInputException("staffIds", "staff member " + id + " does not work on this project");
			}
		}
		if (!staff.contains(actor.staffId())) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		Instant now = clock.instant();
		Instant startsAt = request.startsAt() == null ? now : request.startsAt();
		Instant endsAt = request.endsAt() == null ? startsAt.plus(DEFAULT_LENGTH) : request.endsAt();
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "must be after startsAt");
		}
		return view(shifts.saveAndFlush(new Shift(post, staff, startsAt, endsAt, now, actor.username())));
	}

	@Transactional(readOnly = true)
	public ShiftView get(long id, Actor actor) {
		return view(find(id, actor));
	}

	/** The post's shifts, latest first. */
	@Transactional(readOnly = true)
	public List<ShiftView> ofPost(long postId, Actor actor) {
		Post post = posts.findById(postId).filter(p -> actor.canSee(p.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Post", postId));
		List<ShiftView> all = new ArrayList<>(shifts.findByPostIdOrderByStartsAtAscIdAsc(post.getId()).stream()
			.map(this::view).toList());
		java.util.Collections.reverse(all);
		return all;
	}

	/** The actor's shift on duty (the latest, should there be several). */
	@Transactional(readOnly = true)
	public Optional<ShiftView> current(Actor actor) {
		return shifts.findByStaffAndStatus(actor.staffId(), ShiftStatus.ON_DUTY).stream()
			.filter(s -> actor.canSee(s.getProjectId())).findFirst().map(this::view);
	}

	/** Writes (replaces) the log's events and the keys and equipment to hand over. */
	public ShiftView write(long id, List<String> events, List<Equipment> equipment, Long expectedVersion,
			Actor actor) {
		Shift shift = onShift(id, actor);
		shift.checkVersion(expectedVersion);
		List<String> lines = events == null ? List.of()
				: events.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
		for (String line : lines) {
			if (line.length() > 500) {
				throw new InvalidInputException("events", "each line at most 500 characters");
			}
		}
		List<Equipment> handed = new ArrayList<>();
		for (Equipment e : equipment == null ? List.<Equipment>of() : equipment) {
			if (e == null || e.item() == null || e.item().isBlank()) {
				continue;
			}
			if (e.item().strip().length() > 100 || (e.state() != null && e.state().strip().length() > 100)) {
				throw new InvalidInputException("equipment", "item and state at most 100 characters");
			}
			if (e.quantity() < 1) {
				throw new InvalidInputException("equipment", "quantity must be at least 1");
			}
			handed.add(new Equipment(e.item().strip(), e.quantity(),
					e.state() == null || e.state().isBlank() ? null : e.state().strip()));
		}
		shift.write(lines, handed);
		return view(shifts.saveAndFlush(shift));
	}

	/** Adds a pending item to the post, written by this shift; it stays on every log until closed. */
	public ItemView addItem(long shiftId, String text, Long complaintId, Actor actor) {
		Shift shift = onShift(shiftId, actor);
		shift.requireOnDuty("add pending items");
		if (text == null || text.isBlank() || text.strip().length() > 500) {
			throw new InvalidInputException("text", "is required, at most 500 characters");
		}
		if (complaintId != null) {
			try {
				if (complaints.get(complaintId, actor).getProjectId() != shift.getProjectId()) {
					throw new NotFoundException("Complaint", complaintId);
				}
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("complaintId", "no such complaint in this project");
			}
		}
		PendingItem item = items.saveAndFlush(new PendingItem(shift, text.strip(), complaintId, clock.instant(),
				actor.username()));
		return item(item, shift.getId());
	}

	/** Closes a pending item of the post (409 if closed already), recording who and when. */
	public ItemView closeItem(long shiftId, long itemId, Actor actor) {
		Shift shift = onShift(shiftId, actor);
		shift.requireOnDuty("close pending items");
		PendingItem item = items.findById(itemId).filter(i -> i.getPostId() == shift.getPostId())
			.orElseThrow(() -> new NotFoundException("Pending item", itemId));
		item.close(shift.getId(), clock.instant(), actor.username());
		return item(items.saveAndFlush(item), shift.getId());
	}

	/**
	 * Hands over: the log is frozen with the post's open items. A shift that has not taken over
	 * (the previous handover unacknowledged) cannot hand over either.
	 */
	public ShiftView submit(long id, Actor actor) {
		Shift shift = onShift(id, actor);
		shift.requireOnDuty("hand over");
		requireTakenOver(shift);
		Set<Long> open = items.findByPostIdAndStateOrderById(shift.getPostId(), PendingItem.State.OPEN).stream()
			.map(PendingItem::getId).collect(Collectors.toSet());
		shift.submit(open, clock.instant(), actor.username());
		return view(shifts.saveAndFlush(shift));
	}

	/** A member of the next shift confirms having read the handover log of shift {@code id}. */
	public ShiftView acknowledge(long id, Actor actor) {
		Shift shift = find(id, actor);
		Shift next = neighbours(shift).next();
		if (next == null || !next.getStaffIds().contains(actor.staffId())) {
			throw new AccessDeniedException(actor.username() + " is not on the shift after shift " + id);
		}
		shift.acknowledge(clock.instant(), actor.username());
		return view(shifts.saveAndFlush(shift));
	}

	/** The shift's duties; 409 {@link HandoverPending} until the previous shift's handover is acknowledged. */
	@Transactional(readOnly = true)
	public Duties duties(long id, Actor actor) {
		Shift shift = find(id, actor);
		Shift previous = requireTakenOver(shift);
		List<ItemView> open = items.findByPostIdAndStateOrderById(shift.getPostId(), PendingItem.State.OPEN).stream()
			.map(i -> item(i, shift.getId())).toList();
		return new Duties(shift.getId(), postName(shift), open,
				previous == null ? List.of() : List.copyOf(previous.getEquipment()),
				previous == null ? null : previous.getId());
	}

	/** The previous shift, once its handover is acknowledged (null for the post's first shift). */
	private Shift requireTakenOver(Shift shift) {
		Shift previous = neighbours(shift).previous();
		if (previous != null && !previous.isAcknowledged()) {
			throw new HandoverPending(previous.getId(), previous.getStatus() == ShiftStatus.HANDED_OVER);
		}
		return previous;
	}

	private Shift find(long id, Actor actor) {
		return shifts.findById(id).filter(s -> actor.canSee(s.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Shift", id));
	}

	/** The shift, provided the actor is on it or supervises the project (403 otherwise). */
	private Shift onShift(long id, Actor actor) {
		Shift shift = find(id, actor);
		if (!shift.getStaffIds().contains(actor.staffId())) {
			actor.requireAnyRole(Role.SUPERVISOR, Role.MANAGER);
		}
		return shift;
	}

	private record Neighbours(Shift previous, Shift next) {
	}

	private Neighbours neighbours(Shift shift) {
		List<Shift> all = shifts.findByPostIdOrderByStartsAtAscIdAsc(shift.getPostId());
		int at = all.indexOf(shift);
		return new Neighbours(at > 0 ? all.get(at - 1) : null, at >= 0 && at < all.size() - 1 ? all.get(at + 1) : null);
	}

	private String postName(Shift shift) {
		return posts.findById(shift.getPostId()).map(Post::getName).orElse(null);
	}

	private ShiftView view(Shift s) {
		Neighbours around = neighbours(s);
		Map<Long, PendingItem> onLog = new LinkedHashMap<>();
		List<PendingItem> listed = s.getStatus() == ShiftStatus.ON_DUTY
				? items.findByPostIdAndStateOrderById(s.getPostId(), PendingItem.State.OPEN)
				: items.findByIdInOrderById(s.getHandedOverItemIds());
		listed.forEach(i -> onLog.put(i.getId(), i));
		items.findByClosedShiftIdOrderById(s.getId()).forEach(i -> onLog.putIfAbsent(i.getId(), i));
		List<StaffOnShift> staff = s.getStaffIds().stream().sorted()
			.map(id -> new StaffOnShift(id, organisation.staff(id).map(StaffRef::displayName).orElse("#" + id)))
			.toList();
		return new ShiftView(s.getId(), s.getVersion(), s.getPostId(), postName(s), s.getProjectId(), s.getStartsAt(),
				s.getEndsAt(), s.getStatus(), staff, List.copyOf(s.getEvents()), List.copyOf(s.getEquipment()),
				onLog.values().stream().sorted(java.util.Comparator.comparing(PendingItem::getId))
					.map(i -> item(i, s.getId())).toList(),
				s.getSubmittedAt(), s.getSubmittedBy(), s.getAcknowledgedAt(), s.getAcknowledgedBy(),
				around.previous() == null ? null : around.previous().getId(),
				around.next() == null ? null : around.next().getId());
	}

	private static ItemView item(PendingItem i, long shiftId) {
		return new ItemView(i.getId(), i.getText(), i.getComplaintId(), i.getState().name(), i.getShiftId() != shiftId,
				i.getShiftId(), i.getCreatedAt(), i.getCreatedBy(), i.getClosedAt(), i.getClosedBy());
	}

}
