package org.anju.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.complaint.ComplaintCounts;
import org.anju.complaint.ComplaintCounts.Outline;
import org.anju.complaint.ComplaintStatus;
import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.feedback.Ratings;
import org.anju.platform.web.NotFoundException;
import org.anju.report.ActionStatus;
import org.anju.report.Actions;
import org.anju.sla.SlaFigures;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers one project's board as plain anonymous values: the month's figures (GROUP BY counts,
 * the deadline keeper's on-time rate, the owners' ratings), the top topics with their latest
 * published measures, and the recent complaints as outlines — topic, building, date, state and
 * the published measure, never anything an owner wrote or anything that names them.
 */
@Component
class BoardPage {

	static final int TOP_TOPICS = 5;

	static final int MEASURES_PER_TOPIC = 3;

	static final int RECENT_DAYS = 30;

	static final int RECENT_MAX = 50;

	private final Directory directory;

	private final ComplaintCounts counts;

	private final SlaFigures sla;

	private final Ratings ratings;

	private final Taxonomy taxonomy;

	private final MeasureRepository measures;

	private final Actions actions;

	private final Clock clock;

	BoardPage(Directory directory, ComplaintCounts counts, SlaFigures sla, Ratings ratings,
			Taxonomy taxonomy, MeasureRepository measures, Actions actions, Clock clock) {
		this.directory = directory;
		this.counts = counts;
		this.sla = sla;
		this.ratings = ratings;
		this.taxonomy = taxonomy;
		this.measures = measures;
		this.actions = actions;
		this.clock = clock;
	}

	/** This month in the company's time zone. */
	YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

	/** The project's board for the month; 404 for a project that does not exist. */
	@Transactional(readOnly = true)
	View of(long projectId, YearMonth month) {
		ProjectRef project = directory.project(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
		ZoneId zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Set<Long> ids = Set.of(projectId);
		SlaFigures.Figures deadlines = sla.of(ids, from, to);
		Ratings.Satisfaction satisfaction = ratings.satisfaction(projectId, from, to);
		Figures figures = new Figures(counts.received(ids, from, to), counts.resolved(ids, from, to),
				deadlines.resolutionOnTime(), satisfaction.ratings(), satisfaction.averageStars(),
				satisfaction.satisfiedShare());
		List<TopicRow> topics = counts.receivedByTopic(ids, from, to).entrySet().stream()
			.filter(e -> e.getKey() != null)
			.limit(TOP_TOPICS)
			.map(e -> new TopicRow(topicName(e.getKey()), e.getValue(),
					measures.findByProjectIdAndTopicOrderByPublishedAtDesc(projectId, e.getKey(),
							Limit.of(MEASURES_PER_TOPIC)).stream().map(Measure::getMeasure).toList()))
			.toList();
		return new View(project.id(), project.name(), month, !month.isBefore(thisMonth()), figures, topics,
				recent(projectId, zone), improvements(projectId));
	}

	/** Every project's id and name, for the board's index. */
	@Transactional(readOnly = true)
	List<ProjectRef> projects() {
		return directory.projects();
	}

	private List<Row> recent(long projectId, ZoneId zone) {
		Instant since = clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS);
		List<Outline> outlines = counts.latest(projectId, since, RECENT_MAX);
		Map<Long, String> published = measures.findByComplaintIdIn(outlines.stream().map(Outline::id).toList())
			.stream().collect(Collectors.toMap(Measure::getComplaintId, Measure::getMeasure));
		Map<Long, String> buildings = new HashMap<>();
		directory.buildingsOf(projectId).forEach(b -> buildings.put(b.id(), b.name()));
		return outlines.stream()
			.map(o -> new Row(o.topic() == null ? null : topicName(o.topic()),
					o.buildingId() == null ? null : buildings.get(o.buildingId()),
					LocalDate.ofInstant(o.receivedAt(), zone), o.status(), published.get(o.id())))
			.toList();
	}

	/** The project's improvement actions its manager marked public: what, by when, how far, about which topics. */
	private List<Improvement> improvements(long projectId) {
		return actions.publicActions(projectId).stream()
			.map(a -> new Improvement(a.title(), a.description(), a.dueDate(), a.status(),
					a.topics().stream().map(this::topicName).toList()))
			.toList();
	}

	private String topicName(String code) {
		return taxonomy.topic(code).map(Topic::nameZh).orElse(code);
	}

	/** A project's board for one month. {@code current}: the month is this one (no "next" link). */
	record View(long projectId, String projectName, YearMonth month, boolean current, Figures figures,
			List<TopicRow> topics, List<Row> recent, List<Improvement> improvements) {
	}

	/**
	 * The month's figures: complaints received and resolved, the share resolved on time, and the
	 * owners' ratings ({@code null} where there is nothing to measure yet).
	 */
	record Figures(long received, long resolved, Double onTime, long ratings, Double averageStars,
			Double satisfiedShare) {
	}

	/** A top topic of the month: its name, how many complaints, and the latest published measures. */
	record TopicRow(String name, long complaints, List<String> measures) {
	}

	/** A public improvement action (改进措施) as the public sees it: nothing about the people behind it. */
	record Improvement(String title, String description, LocalDate dueDate, ActionStatus status, List<String> topics) {
	}

	/** A recent complaint as the public sees it. Topic or building may be null (not classified, no building). */
	record Row(String topic, String building, LocalDate receivedOn, ComplaintStatus status, String measure) {
	}

}
