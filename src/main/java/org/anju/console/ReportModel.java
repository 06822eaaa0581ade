package org.anju.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.report.KpiReport.Kpi;
import org.anju.report.MonthlyReport.Change;
import org.anju.report.MonthlyReport.Count;
import org.anju.report.MonthlyReport.Figures;
import org.anju.report.MonthlyReport.Summary;
import org.anju.report.WeeklyReport;
import org.anju.report.WeeklyReport.Trend;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the report records into what the report pages show: rows with names from the report
 * bundle ({@code i18n/report}) and numbers already formatted, and each chart's data as JSON for
 * its {@code data-chart} attribute (the CSP allows no inline script).
 */
@Component
class ReportModel {

	/** The headline cards of the monthly report, in order. */
	static final List<String> HEADLINE = List.of("received", "valid", "resolutionOnTimeRate", "overdueRate",
			"averageHandlingHours", "satisfactionRate");

	static final int TOP_TOPICS = 10;

	private final MessageSource messages;

	private final JsonMapper json;

	ReportModel(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** Every headline figure of the summary, by its name in {@link Summary}. */
	List<Figure> summary(Summary s) {
		Map<String, Number> values = new LinkedHashMap<>();
		values.put("received", s.received());
		values.put("valid", s.valid());
		values.put("communicative", s.communicative());
		values.put("unknownNature", s.unknownNature());
		values.put("repeat", s.repeat());
		values.put("escalated", s.escalated());
		values.put("averageMinutesToSystem", s.averageMinutesToSystem());
		values.put("averageMinutesToAssignment", s.averageMinutesToAssignment());
		values.put("firstContactOnTimeRate", s.firstContactOnTimeRate());
		values.put("resolutionOnTimeRate", s.resolutionOnTimeRate());
		values.put("overdueRate", s.overdueRate());
		values.put("resolved", s.resolved());
		values.put("averageHandlingHours", s.averageHandlingHours());
		values.put("p90HandlingHours", s.p90HandlingHours());
		values.put("resolutions", s.resolutions());
		values.put("feedbackRate", s.feedbackRate());
		values.put("averageStars", s.averageStars());
		values.put("satisfactionRate", s.satisfactionRate());
		values.put("reviewsDone", s.reviewsDone());
		values.put("satisfiedAfterReview", s.satisfiedAfterReview());
		List<Figure> figures = new ArrayList<>();
		values.forEach((key, value) -> figures.add(figure(key, value)));
		return figures;
	}

	List<Figure> headline(List<Figure> summary) {
		return HEADLINE.stream().map(key -> summary.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow())
			.toList();
	}

	Figure figure(String key, Number value) {
		return new Figure(key, text("report.figure." + key), ReportFormat.of(key).format(value));
	}

	/** The sections of counts, each with its table and chart. */
	List<Section> sections(Figures f) {
		return List.of(section("channel", "byChannel", "pie", f.byChannel(), "report.channel."),
				section("class", "byClass", "bar", f.byClass(), "report.class."),
				section("category", "byCategory", "bar", f.byCategory(), "report.category."),
				section("topic", "byTopic", "hbar", f.byTopic(), null),
				section("department", "byDepartment", "bar", f.byDepartment(), null),
				section("building", "byBuilding", "bar", f.byBuilding(), null),
				section("nature", "byNature", "pie", f.byNature(), "report.nature."));
	}

	List<ChangeRow> comparison(List<Change> changes) {
		String points = text("reportpages.points");
		return changes.stream().map(c -> {
			ReportFormat format = ReportFormat.of(c.figure());
			return new ChangeRow(c.figure(), text("report.figure." + c.figure()), format.format(c.current()),
					format.format(c.previousMonth()), format.change(c.changeFromPreviousMonth(), points),
					ReportFormat.arrow(c.changeFromPreviousMonth()),
					ReportFormat.trend(c.figure(), c.changeFromPreviousMonth()), format.format(c.sameMonthLastYear()),
					format.change(c.changeFromLastYear(), points), ReportFormat.arrow(c.changeFromLastYear()),
					ReportFormat.trend(c.figure(), c.changeFromLastYear()));
		}).toList();
	}

	List<KpiRow> kpis(List<Kpi> kpis) {
		return kpis.stream().map(k -> new KpiRow(k.name() == null ? k.key() : k.name(), k.handled(), k.onTime(), k.late(),
				k.openOverdue(), k.overdue(), ReportFormat.DECIMAL.format(k.averageHandlingHours()), k.ratings(),
				ReportFormat.DECIMAL.format(k.averageStars()), ReportFormat.RATE.format(k.satisfactionRate()),
				k.reopens())).toList();
	}

	/** The weekly topic trends as a chart: this week against the usual week, the busiest first. */
	String trendChart(WeeklyReport report) {
		List<Trend> topics = report.topics().stream().limit(TOP_TOPICS).toList();
		return json.writeValueAsString(Map.of("type", "compare", "names",
				topics.stream().map(t -> t.name() == null ? text("report.unset") : t.name()).toList(), "series",
				List.of(Map.of("name", text("report.column.week"), "values", topics.stream().map(Trend::count).toList()),
						Map.of("name", text("report.column.usual"), "values",
								topics.stream().map(t -> Math.round(t.usual() * 10) / 10.0).toList()))));
	}

	/** The name of a recurring issue's building, or "未设定" (public: the templates call it). */
	public String orUnset(String name) {
		return name == null ? text("report.unset") : name;
	}

	/** A usual weekly level with one decimal (public: the templates call it). */
	public String usual(Double usual) {
		return ReportFormat.DECIMAL.format(usual);
	}

	private Section section(String id, String title, String chart, List<Count> counts, String enumPrefix) {
		List<Row> rows = counts.stream()
			.map(c -> new Row(name(c, enumPrefix), c.count(), ReportFormat.percent(c.share())))
			.toList();
		List<Row> charted = "hbar".equals(chart) ? rows.stream().filter(r -> r.count() > 0).limit(TOP_TOPICS).toList()
				: rows;
		String data = json.writeValueAsString(Map.of("type", chart, "items",
				charted.stream().map(r -> Map.of("name", r.name(), "value", r.count())).toList()));
		return new Section(id, text("report.section." + title), data, rows);
	}

	private String name(Count c, String enumPrefix) {
		if (c.key() == null) {
			return text("report.unset");
		}
		if (enumPrefix != null) {
			return messages.getMessage(enumPrefix + c.key(), null, c.key(), LocaleContextHolder.getLocale());
		}
		return c.name() == null ? c.key() : c.name();
	}

	String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** A headline figure: its name in {@code Summary}, its label, its formatted value. */
	record Figure(String key, String name, String value) {
	}

	/** One line of a section: the name, the count and its share as a percent. */
	record Row(String name, long count, String share) {
	}

	/** A section of counts with its chart's JSON. */
	record Section(String id, String title, String chart, List<Row> rows) {
	}

	/** A headline figure now, last month and a year ago, with the changes and whether they are good. */
	record ChangeRow(String figure, String name, String current, String previousMonth, String changeFromPreviousMonth,
			String arrowFromPreviousMonth, String trendFromPreviousMonth, String sameMonthLastYear,
			String changeFromLastYear, String arrowFromLastYear, String trendFromLastYear) {
	}

	/** A department's or staff member's KPIs, formatted. */
	record KpiRow(String name, long handled, long onTime, long late, long openOverdue, long overdue,
			String averageHandlingHours, long ratings, String averageStars, String satisfactionRate, long reopens) {
	}

}
