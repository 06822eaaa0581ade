package org.anju.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.notification.HouseholdNotices.HouseholdNotice;
import org.anju.notification.Message.Status;
import org.anju.notification.Notices.HouseholdDelivery;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mass notices with their proof of delivery, the notices a household received (the evidence
 * against "nobody told me"), and the households the service centre cannot reach.
 */
@RestController
@RequestMapping("/api/v1")
@Transactional
class NoticeController {

	/** A household whose last this many messages all failed has a contact problem. */
	static final int FAILURES_IN_A_ROW = 3;

	private final Notices notices;

	private final NoticeRepository repository;

	private final MessageRepository messages;

	private final Directory directory;

	private final ProjectChannels channels;

	private final HouseholdNotices householdNotices;

	NoticeController(Notices notices, NoticeRepository repository, MessageRepository messages, Directory directory,
			ProjectChannels channels, HouseholdNotices householdNotices) {
		this.notices = notices;
		this.repository = repository;
		this.messages = messages;
		this.directory = directory;
		this.channels = channels;
		this.householdNotices = householdNotices;
	}

	@PostMapping("/projects/{projectId}/notices")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeView schedule(@PathVariable long projectId, @Valid @RequestBody NewNotice request) {
		Actor actor = CurrentActor.inProject(projectId);
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		Notice notice = notices.schedule(projectId, request.kind(), request.title(), request.body(), request.buildingIds(),
				request.unitIds(), request.scheduledAt(), actor.username());
		return NoticeView.of(notice, List.of());
	}

	@GetMapping("/projects/{projectId}/notices")
	@Transactional(readOnly = true)
	List<NoticeView> list(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		return repository.findByProjectIdOrderByIdDesc(projectId).stream()
			.map(n -> NoticeView.of(n, notices.deliveries(n))).toList();
	}

	@GetMapping("/notices/{id}")
	@Transactional(readOnly = true)
	NoticeView get(@PathVariable long id) {
		Notice notice = find(id);
		return NoticeView.of(notice, notices.deliveries(notice));
	}

	/** Per household: reached or not, by which channel and when; {@code reached=false} lists whom to call. */
	@GetMapping("/notices/{id}/deliveries")
	@Transactional(readOnly = true)
	List<HouseholdDelivery> deliveries(@PathVariable long id, @RequestParam(required = false) Boolean reached) {
		return notices.deliveries(find(id)).stream().filter(d -> reached == null || d.reached() == reached).toList();
	}

	/** The notices a household was sent, with every delivery record (for a complaint of "nobody told me"). */
	@GetMapping("/households/{householdId}/notices")
	@Transactional(readOnly = true)
	List<HouseholdNotice> householdNotices(@PathVariable long householdId) {
		HouseholdRef household = directory.household(householdId).filter(h -> CurrentActor.get().canSee(h.projectId()))
			.orElseThrow(() -> new NotFoundException("Household", householdId));
		return householdNotices.of(household.id());
	}

	/** Households nobody can reach: no contact at all, or their last messages all failed. */
	@GetMapping("/projects/{projectId}/contact-problems")
	@Transactional(readOnly = true)
	List<ContactProblem> contactProblems(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		Map<Long, List<ResidentRef>> households = directory.buildingsOf(projectId).stream()
			.map(BuildingRef::id)
			.flatMap(b -> directory.residentsInBuilding(b).stream())
			.filter(ResidentRef::active)
			.collect(Collectors.groupingBy(r -> r.household().id(), LinkedHashMap::new, Collectors.toList()));
		Map<Long, List<Message>> recent = messages.findByHouseholdIdIn(households.keySet()).stream()
			.filter(m -> m.getStatus() != Status.QUEUED && m.getStatus() != Status.SENDING)
			.collect(Collectors.groupingBy(Message::getHouseholdId));
		List<ContactProblem> problems = new ArrayList<>();
		households.forEach((id, residents) -> {
			String label = residents.get(0).household().label();
			if (residents.stream().allMatch(r -> r.mobile() == null && r.email() == null && r.wechatOpenId() == null)) {
				problems.add(new ContactProblem(id, label, "NO_CONTACT", null));
				return;
			}
			List<Message> last = recent.getOrDefault(id, List.of()).stream()
				.sorted(Comparator.comparing(Message::getCreatedAt).reversed()).limit(FAILURES_IN_A_ROW).toList();
			if (last.size() == FAILURES_IN_A_ROW && last.stream().allMatch(m -> m.getStatus() == Status.FAILED)) {
				problems.add(new ContactProblem(id, label, "FAILING", last.get(0).getLastError()));
			}
		});
		return problems;
	}

	/** The channels the project uses to reach residents (the inbox is always on). */
	@GetMapping("/projects/{projectId}/channels")
	@Transactional(readOnly = true)
	Set<ChannelKind> channels(@PathVariable long projectId) {
		CurrentActor.inProject(projectId);
		return channels.enabled(projectId);
	}

	@PutMapping("/projects/{projectId}/channels")
	Set<ChannelKind> setChannels(@PathVariable long projectId, @RequestBody Set<ChannelKind> enabled) {
		CurrentActor.inProject(projectId).requireAnyRole(Role.MANAGER);
		channels.set(projectId, enabled);
		return channels.enabled(projectId);
	}

	private Notice find(long id) {
		return repository.findById(id).filter(n -> CurrentActor.get().canSee(n.getProjectId()))
			.orElseThrow(() -> new NotFoundException("Notice", id));
	}


	record NewNotice(@NotNull Notice.Kind kind, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 2000) String body, Set<Long> buildingIds, Set<Long> unitIds, Instant scheduledAt) {
	}

	record NoticeView(long id, long projectId, Notice.Kind kind, String title, String body, Set<Long> buildingIds,
			Set<Long> unitIds, Instant scheduledAt, String status, Instant sentAt, String createdBy, Integer households,
			long reached, Double reachRate, Map<ChannelKind, Long> byChannel) {

		static NoticeView of(Notice n, List<HouseholdDelivery> deliveries) {
			long reached = deliveries.stream().filter(HouseholdDelivery::reached).count();
			Map<ChannelKind, Long> byChannel = deliveries.stream().filter(HouseholdDelivery::reached)
				.collect(Collectors.groupingBy(HouseholdDelivery::channel, () -> new EnumMap<>(ChannelKind.class),
						Collectors.counting()));
			return new NoticeView(n.getId(), n.getProjectId(), n.getKind(), n.getTitle(), n.getBody(), n.getBuildingIds(),
					n.getUnitIds(), n.getScheduledAt(), n.getStatus().name(), n.getSentAt(), n.getCreatedBy(),
					n.getHouseholds(), reached, deliveries.isEmpty() ? null : reached / (double) deliveries.size(),
					byChannel);
		}

	}

	record ContactProblem(long householdId, String household, String problem, String lastError) {
	}

}
