package org.anju.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.anju.complaint.ComplaintCounts;
import org.anju.complaint.ComplaintCounts.By;
import org.anju.complaint.ComplaintCounts.Group;
import org.anju.complaint.ComplaintCounts.Times;
import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.feedback.FeedbackMeasures;
import org.anju.feedback.FeedbackMeasures.Measure;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.report.KpiReport.Kpi;
import org.anju.report.MonthlyReport.Change;
import org.anju.report.MonthlyReport.Count;
import org.anju.report.MonthlyReport.Figures;
import org.anju.report.MonthlyReport.Issue;
import org.anju.report.MonthlyReport.Summary;
import org.anju.report.WeeklyReport.ComplaintRef;
import org.anju.report.WeeklyReport.Spike;
import org.anju.report.WeeklyReport.Trend;
import org.anju.sla.SlaFigures;
import org.anju.sla.SlaFigures.Handling;
import org.anju.sla.SlaFigures.Rates;
import org.anju.triage.Category;
import org.anju.triage.Flag;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the report figures from the GROUP BY queries of the complaint, sla and feedback modules;
 * only the groups (a few dozen rows) come into Java, never the complaints. Periods are in the
 * clock's time zone.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	/** Weeks that make a topic's or building's usual weekly level. */
	static final int USUAL_WEEKS = 8;

	/** The most complaints listed behind one spike. */
	static final int SPIKE_COMPLAINTS = 50;

	/** The most recurring issues listed. */
	static final int TOP_ISSUES = 10;

	private final ComplaintCounts counts;

	private final SlaFigures sla;

	private final FeedbackMeasures feedback;

	private final Actions actions;

	private final Taxonomy taxonomy;

	private final Directory directory;

	private final Organisation organisation;

	private final Clock clock;

	Reports(ComplaintCounts counts, SlaFigures sla, FeedbackMeasures feedback, Actions actions, Taxonomy taxonomy,
			Directory directory, Organisation organisation, Clock clock) {
		this.counts = counts;
		this.sla = sla;
		this.feedback = feedback;
		this.actions = actions;
		this.taxonomy = taxonomy;
		this.directory = directory;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** The monthly report of a project, or of the company without one; see {@link Scope}. */
	public MonthlyReport monthly(Long projectId, String month, Actor actor) {
		YearMonth m = Periods.month(month);
		Scope scope = Scope.of(projectId, actor, directory);
		Figures current = figures(scope, m);
		Figures previous = figures(scope, m.minusMonths(1));
		Figures lastYear = figures(scope, m.minusYears(1));
		return new MonthlyReport(scope.projectId(), m, current, previous, lastYear,
				comparison(current.summary(), previous.summary(), lastYear.summary()),
				actions.decidedBefore(scope.projects(), current.to()));
	}

	/** The weekly trend report of a project or the company, for an ISO week ({@code 2026-W47}). */
	public WeeklyReport weekly(Long projectId, String week, Actor actor) {
		LocalDate monday = Periods.week(week);
		Scope scope = Scope.of(projectId, actor, directory);
		ZoneId zone = clock.getZone();
		Instant from = Periods.start(monday, zone);
		Instant to = Periods.start(monday.plusWeeks(1), zone);
		Instant usualFrom = Periods.start(monday.minusWeeks(USUAL_WEEKS), zone);
		Set<Long> projects = scope.projects();
		Map<String, Long> topics = counts(counts.receivedBy(projects, from, to, By.TOPIC));
		Map<String, Long> usualTopics = counts(counts.receivedBy(projects, usualFrom, from, By.TOPIC));
		Map<String, Long> buildings = counts(counts.receivedBy(projects, from, to, By.BUILDING));
		Map<String, Long> usualBuildings = counts(counts.receivedBy(projects, usualFrom, from, By.BUILDING));
		Set<String> allTopics = new LinkedHashSet<>(topics.keySet());
		allTopics.addAll(usualTopics.keySet());
		List<Trend> trends = allTopics.stream()
			.map(t -> new Trend(t, topicName(t), topics.getOrDefault(t, 0L), usual(usualTopics, t)))
			.sorted(Comparator.comparingLong(Trend::count).reversed().thenComparing(Trend::usual,
					Comparator.reverseOrder()))
			.toList();
		List<Spike> spikes = new ArrayList<>();
		spikes(spikes, "TOPIC", By.TOPIC, topics, usualTopics, this::topicName, projects, from, to);
		spikes(spikes, "BUILDING", By.BUILDING, buildings, usualBuildings, this::buildingName, projects, from, to);
		return new WeeklyReport(scope.projectId(), Periods.weekName(monday), from, to,
				counts.received(projects, from, to), counts.openAt(projects, to), trends, spikes);
	}

	/** The KPIs of the month per department and per staff member (the assignee). */
	public KpiReport kpis(Long projectId, String month, Actor actor) {
		YearMonth m = Periods.month(month);
		Scope scope = Scope.of(projectId, actor, directory);
		Instant from = Periods.start(m, clock.getZone());
		Instant to = Periods.start(m.plusMonths(1), clock.getZone());
		Set<Long> projects = scope.projects();
		List<Kpi> departments = kpis(sla.handling(projects, from, to, SlaFigures.By.DEPARTMENT),
				feedback.of(projects, from, to, FeedbackMeasures.By.DEPARTMENT),
				counts.reopenedBy(projects, from, to, By.DEPARTMENT),
				code -> organisation.departmentName(scope.anyProject(), code));
		List<Kpi> staff = kpis(sla.handling(projects, from, to, SlaFigures.By.ASSIGNEE),
				feedback.of(projects, from, to, FeedbackMeasures.By.STAFF),
				counts.reopenedBy(projects, from, to, By.ASSIGNEE),
				id -> organisation.staff(Long.parseLong(id)).map(StaffRef::displayName).orElse(id));
		return new KpiReport(scope.projectId(), m, departments, staff);
	}

	private Figures figures(Scope scope, YearMonth month) {
		ZoneId zone = clock.getZone();
		Instant from = Periods.start(month, zone);
		Instant to = Periods.start(month.plusMonths(1), zone);
		Set<Long> projects = scope.projects();
		long received = counts.received(projects, from, to);
		List<Group> byNature = counts.receivedBy(projects, from, to, By.NATURE);
		Map<String, Long> natures = counts(byNature);
		long valid = natures.getOrDefault("VALID", 0L);
		long unknown = natures.getOrDefault("UNKNOWN", 0L);
		long escalated = counts.receivedBy(projects, from, to, By.ESCALATION).stream()
			.filter(g -> g.key() != null && Integer.parseInt(g.key()) >= 1).mapToLong(Group::count).sum();
		Times times = counts.times(projects, from, to);
		Rates rates = sla.rates(projects, from, to);
		Measure fb = feedback.total(projects, from, to);
		Summary summary = new Summary(received, valid, received - valid - unknown, unknown,
				counts.receivedFlagged(projects, Flag.REPEAT, from, to), escalated,
				divide(times.toSystemSeconds(), 60), divide(times.toAssignmentSeconds(), 60),
				rates.firstContactOnTimeRate(), rates.resolutionOnTimeRate(), rates.overdueRate(), times.resolved(),
				divide(times.handlingSeconds(), 3600), divide(times.p90HandlingSeconds(), 3600), fb.resolutions(),
				fb.feedbackRate(), fb.averageStars(), fb.satisfactionRate(), fb.reviewsDone(), fb.satisfiedAfterReview());
		List<Group> byTopicBuilding = counts.receivedBy(projects, from, to, By.TOPIC, By.BUILDING);
		List<Group> byClassRows = counts.receivedBy(projects, from, to, By.URGENCY, By.TOPIC, By.CATEGORY);
		return new Figures(from, to, summary,
				list(counts.receivedBy(projects, from, to, By.CHANNEL), received, k -> k),
				categories(counts.receivedBy(projects, from, to, By.CATEGORY), received),
				classes(byClassRows, received),
				list(counts.receivedBy(projects, from, to, By.TOPIC), received, this::topicName),
				list(counts.receivedBy(projects, from, to, By.DEPARTMENT), received,
						code -> code == null ? null : organisation.departmentName(scope.anyProject(), code)),
				list(counts.receivedBy(projects, from, to, By.BUILDING), received, this::buildingName),
				list(byNature, received, k -> k),
				byTopicBuilding.stream().filter(g -> g.keys().get(0) != null && g.count() >= 2)
					.sorted(Comparator.comparingLong(Group::count).reversed()
						.thenComparing(g -> g.keys().get(0)).thenComparing(g -> String.valueOf(g.keys().get(1))))
					.limit(TOP_ISSUES)
					.map(g -> new Issue(g.keys().get(0), topicName(g.keys().get(0)),
							g.keys().get(1) == null ? null : Long.valueOf(g.keys().get(1)), buildingName(g.keys().get(1)),
							g.count()))
					.toList());
	}

	/** The five categories, each listed (zero when none), then the unclassified ones if any. */
	private static List<Count> categories(List<Group> groups, long total) {
		Map<String, Long> byKey = counts(groups);
		List<Count> result = new ArrayList<>();
		for (Category c : Category.values()) {
			result.add(count(c.name(), c.name(), byKey.getOrDefault(c.name(), 0L), total));
		}
		if (byKey.containsKey(null)) {
			result.add(count(null, null, byKey.get(null), total));
		}
		return result;
	}

	/** The four classes of {@link ReportClass}, each listed. */
	private static List<Count> classes(List<Group> urgencyTopicCategory, long total) {
		Map<ReportClass, Long> byClass = new LinkedHashMap<>();
		for (ReportClass c : ReportClass.values()) {
			byClass.put(c, 0L);
		}
		for (Group g : urgencyTopicCategory) {
			byClass.merge(ReportClass.of(g.keys().get(0), g.keys().get(1), g.keys().get(2)), g.count(), Long::sum);
		}
		return byClass.entrySet().stream().map(e -> count(e.getKey().name(), e.getKey().name(), e.getValue(), total))
			.toList();
	}

	private static List<Count> list(List<Group> groups, long total, Function<String, String> name) {
		return groups.stream()
			.sorted(Comparator.comparingLong(Group::count).reversed()
				.thenComparing(Group::key, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(g -> count(g.key(), g.key() == null ? null : name.apply(g.key()), g.count(), total))
			.toList();
	}

	private static Count count(String key, String name, long count, long total) {
		return new Count(key, name, count, total == 0 ? 0 : count / (double) total);
	}

	private static List<Change> comparison(Summary now, Summary previous, Summary lastYear) {
		List<Change> changes = new ArrayList<>();
		change(changes, "received", now, previous, lastYear, s -> (double) s.received());
		change(changes, "valid", now, previous, lastYear, s -> (double) s.valid());
		change(changes, "communicative", now, previous, lastYear, s -> (double) s.communicative());
		change(changes, "repeat", now, previous, lastYear, s -> (double) s.repeat());
		change(changes, "escalated", now, previous, lastYear, s -> (double) s.escalated());
		change(changes, "averageMinutesToSystem", now, previous, lastYear, Summary::averageMinutesToSystem);
		change(changes, "averageMinutesToAssignment", now, previous, lastYear, Summary::averageMinutesToAssignment);
		change(changes, "firstContactOnTimeRate", now, previous, lastYear, Summary::firstContactOnTimeRate);
		change(changes, "resolutionOnTimeRate", now, previous, lastYear, Summary::resolutionOnTimeRate);
		change(changes, "overdueRate", now, previous, lastYear, Summary::overdueRate);
		change(changes, "resolved", now, previous, lastYear, s -> (double) s.resolved());
		change(changes, "averageHandlingHours", now, previous, lastYear, Summary::averageHandlingHours);
		change(changes, "p90HandlingHours", now, previous, lastYear, Summary::p90HandlingHours);
		change(changes, "feedbackRate", now, previous, lastYear, Summary::feedbackRate);
		change(changes, "averageStars", now, previous, lastYear, Summary::averageStars);
		change(changes, "satisfactionRate", now, previous, lastYear, Summary::satisfactionRate);
		change(changes, "satisfiedAfterReview", now, previous, lastYear, Summary::satisfiedAfterReview);
		return changes;
	}

	private static void change(List<Change> changes, String figure, Summary now, Summary previous, Summary lastYear,
			Function<Summary, Double> value) {
		Double current = value.apply(now);
		Double before = value.apply(previous);
		Double yearAgo = value.apply(lastYear);
		changes.add(new Change(figure, current, before, difference(current, before), yearAgo,
				difference(current, yearAgo)));
	}

	private static Double difference(Double a, Double b) {
		return a == null || b == null ? null : a - b;
	}

	private void spikes(List<Spike> spikes, String kind, By by, Map<String, Long> week, Map<String, Long> usual,
			Function<String, String> name, Collection<Long> projects, Instant from, Instant to) {
		week.forEach((key, count) -> {
			double level = usual(usual, key);
			if (key != null && count >= Math.max(3, 2 * level)) {
				List<ComplaintRef> behind = counts.receivedWith(projects, from, to, by, key, SPIKE_COMPLAINTS).stream()
					.map(r -> new ComplaintRef(r.id(), r.number()))
					.toList();
				spikes.add(new Spike(kind, key, name.apply(key), count, level, behind));
			}
		});
	}

	private static double usual(Map<String, Long> weeks, String key) {
		return weeks.getOrDefault(key, 0L) / (double) USUAL_WEEKS;
	}

	private static List<Kpi> kpis(List<Handling> handling, List<Measure> measures, Map<String, Long> reopens,
			Function<String, String> name) {
		Map<String, Handling> h = new HashMap<>();
		handling.forEach(x -> h.put(x.group(), x));
		Map<String, Measure> f = new HashMap<>();
		measures.forEach(x -> f.put(x.group(), x));
		Set<String> keys = new LinkedHashSet<>(h.keySet());
		keys.addAll(f.keySet());
		keys.addAll(reopens.keySet());
		return keys.stream().filter(k -> k != null).sorted().map(k -> {
			Handling x = h.get(k);
			Measure m = f.get(k);
			long late = x == null ? 0 : x.late();
			long openOverdue = x == null ? 0 : x.openOverdue();
			return new Kpi(k, name.apply(k), x == null ? 0 : x.handled(), x == null ? 0 : x.onTime(), late, openOverdue,
					late + openOverdue, x == null ? null : x.averageHandlingHours(), m == null ? 0 : m.ratings(),
					m == null ? null : m.averageStars(), m == null ? null : m.satisfactionRate(),
					reopens.getOrDefault(k, 0L));
		}).toList();
	}

	private String topicName(String code) {
		return code == null ? null : taxonomy.topic(code).map(Topic::nameZh).orElse(code);
	}

	private String buildingName(String id) {
		return id == null ? null : directory.building(Long.parseLong(id)).map(BuildingRef::name).orElse(id);
	}

	private static Map<String, Long> counts(List<Group> groups) {
		Map<String, Long> map = new LinkedHashMap<>();
		groups.forEach(g -> map.merge(g.key(), g.count(), Long::sum));
		return map;
	}

	private static Double divide(Double value, double by) {
		return value == null ? null : value / by;
	}

}
