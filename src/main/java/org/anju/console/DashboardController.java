package org.anju.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.complaint.ComplaintCounts;
import org.anju.complaint.ComplaintStatus;
import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.feedback.FeedbackMeasures;
import org.anju.feedback.Ratings;
import org.anju.notification.UncertainMessages;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.sla.SlaFigures;
import org.anju.triage.Flag;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * 看板, the start page: intake today and this week, open complaints by status, department and
 * building, deadline figures, this month's top topics and repeat complaints — for the user's
 * projects or the one chosen. Every figure is a few GROUP BY counts, and every one links to the
 * queue of the complaints behind it. The charts get their data as JSON in {@code data-chart}.
 */
@Controller
class DashboardController {

	static final int TOP_TOPICS = 10;

	static final int TREND_MONTHS = 6;

	static final int HEAT_LEVELS = 5;

	private final ComplaintCounts counts;

	private final SlaFigures sla;

	private final Ratings ratings;

	private final FeedbackMeasures feedback;

	private final Directory directory;

	private final Taxonomy taxonomy;

	private final StaffProjects projects;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final UncertainMessages uncertain;

	DashboardController(ComplaintCounts counts, SlaFigures sla, Ratings ratings, FeedbackMeasures feedback, Directory directory, Taxonomy taxonomy,
			StaffProjects projects, MessageSource messages, JsonMapper json, Clock clock, UncertainMessages uncertain) {
		this.uncertain = uncertain;
		this.counts = counts;
		this.sla = sla;
		this.ratings = ratings;
		this.feedback = feedback;
		this.directory = directory;
		this.taxonomy = taxonomy;
		this.projects = projects;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) Long projectId, Model model) {
		Actor actor = CurrentActor.get();
		Set<Long> ids = projects.ids(projectId, actor);
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		Instant dayStart = today.atStartOfDay(zone).toInstant();
		Instant weekStart = today.with(DayOfWeek.MONDAY).atStartOfDay(zone).toInstant();
		Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
		Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
		Links links = new Links(projectId);

		Map<ComplaintStatus, Long> byStatus = counts.openByStatus(ids);
		List<Item> statuses = new ArrayList<>();
		ComplaintStatus.OPEN.forEach(s -> statuses.add(new Item(text("dashboard.status." + s.name()),
				byStatus.getOrDefault(s, 0L), links.all("status", s.name()))));
		List<Item> departments = counts.openByDepartment(ids).entrySet().stream()
			.map(e -> new Item(department(e.getKey()), e.getValue(), links.all("department", e.getKey())))
			.toList();
		List<Item> topics = counts.receivedByTopic(ids, monthStart, tomorrow).entrySet().stream()
			.filter(e -> e.getKey() != null)
			.limit(TOP_TOPICS)
			.map(e -> new Item(taxonomy.topic(e.getKey()).map(Topic::nameZh).orElse(e.getKey()), e.getValue(),
					links.all("topic", e.getKey())))
			.toList();

		List<ProjectRef> visible = projects.of(actor);
		model.addAttribute("projects", visible);
		model.addAttribute("projectId", projectId);
		model.addAttribute("today", counts.received(ids, dayStart, tomorrow));
		model.addAttribute("week", counts.received(ids, weekStart, tomorrow));
		model.addAttribute("openTotal", byStatus.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("statuses", statuses);
		model.addAttribute("departments", departments);
		model.addAttribute("topics", topics);
		model.addAttribute("buildings", buildings(ids, ids.size() > 1 ? visible : List.of(), links));
		model.addAttribute("repeats", counts.receivedFlagged(ids, Flag.REPEAT, monthStart, tomorrow));
		model.addAttribute("uncertain", actor.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER)
				? uncertain.list(projectId, actor).size() : 0);
		model.addAttribute("sla", sla.of(ids, monthStart, tomorrow));
		model.addAttribute("links", links);
		model.addAttribute("statusChart", chart("pie", statuses));
		model.addAttribute("departmentChart", chart("bar", departments));
		model.addAttribute("topicChart", chart("hbar", topics));
		model.addAttribute("satisfaction", ratings.satisfaction(ids, monthStart, tomorrow));
		model.addAttribute("feedback", feedback.total(ids, monthStart, tomorrow));
		model.addAttribute("satisfactionChart", chart("line", satisfactionTrend(ids, today, links)));
		return "console/dashboard/dashboard";
	}

	/**
	 * Open complaints per building, most first, each with its shade on the heat scale (0–4) and,
	 * when several projects are shown, its project's name.
	 */
	private List<BuildingRow> buildings(Set<Long> ids, List<ProjectRef> named, Links links) {
		Map<Long, Long> open = counts.openByBuilding(ids);
		Map<Long, BuildingRef> known = new HashMap<>();
		ids.forEach(p -> directory.buildingsOf(p).forEach(b -> known.put(b.id(), b)));
		Map<Long, String> projectNames = named.stream().collect(Collectors.toMap(ProjectRef::id, ProjectRef::name));
		long max = open.values().stream().mapToLong(Long::longValue).max().orElse(1);
		return open.entrySet().stream().filter(e -> known.containsKey(e.getKey())).map(e -> {
			BuildingRef b = known.get(e.getKey());
			int level = (int) Math.min(HEAT_LEVELS - 1, e.getValue() * HEAT_LEVELS / (max + 1));
			return new BuildingRow(b.name(), projectNames.getOrDefault(b.projectId(), ""), e.getValue(), level,
					links.building(b.projectId(), b.name()));
		}).toList();
	}

	/** The share of 4–5 star ratings (in %) in each of the last six months, the oldest first. */
	private List<Point> satisfactionTrend(Set<Long> ids, LocalDate today, Links links) {
		List<Point> months = new ArrayList<>();
		for (int back = TREND_MONTHS - 1; back >= 0; back--) {
			LocalDate first = today.withDayOfMonth(1).minusMonths(back);
			Ratings.Satisfaction s = ratings.satisfaction(ids, first.atStartOfDay(clock.getZone()).toInstant(),
					first.plusMonths(1).atStartOfDay(clock.getZone()).toInstant());
			months.add(new Point(first.getMonthValue() + text("dashboard.month"),
					s.satisfiedShare() == null ? null : Math.round(s.satisfiedShare() * 100), links.callback()));
		}
		return months;
	}

	private String chart(String type, List<?> items) {
		return json.writeValueAsString(Map.of("type", type, "items", items));
	}

	private String department(String code) {
		return code == null ? text("dashboard.department.none")
				: messages.getMessage("dashboard.department." + code, null, code, LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}

	/** One bar, slice or row: what, how many, and the queue behind it. */
	record Item(String name, long value, String href) {
	}

	/** A point of a trend; no value while there is nothing to measure (drawn as a gap). */
	record Point(String name, Long value, String href) {
	}

	record BuildingRow(String name, String project, long open, int level, String href) {
	}

	/** The queues behind the figures, keeping the project chosen. */
	static final class Links {

		private final Long projectId;

		Links(Long projectId) {
			this.projectId = projectId;
		}

		public String all(String param, String value) {
			return withProject(UriComponentsBuilder.fromPath("/queues/all").queryParam(param, value));
		}

		public String all() {
			return withProject(UriComponentsBuilder.fromPath("/queues/all"));
		}

		public String overdue() {
			return withProject(UriComponentsBuilder.fromPath("/queues/overdue"));
		}

		public String callback() {
			return withProject(UriComponentsBuilder.fromPath("/queues/callback"));
		}

		public String repeats() {
			return withProject(UriComponentsBuilder.fromPath("/queues/repeats"));
		}

		public String building(long project, String name) {
			return UriComponentsBuilder.fromPath("/queues/all").queryParam("projectId", project).queryParam("q", name)
				.encode().build().toUriString();
		}

		private String withProject(UriComponentsBuilder uri) {
			if (projectId != null) {
				uri.queryParam("projectId", projectId);
			}
			return uri.encode().build().toUriString();
		}

	}

}
