package org.anju.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.report.KpiReport.Kpi;
import org.anju.report.MonthlyReport.Change;
import org.anju.report.MonthlyReport.Count;
import org.anju.report.MonthlyReport.Figures;
import org.anju.report.MonthlyReport.Issue;
import org.anju.report.MonthlyReport.Summary;
import org.anju.report.ReportTable.Format;
import org.anju.report.ReportTable.Num;
import org.anju.report.WeeklyReport.ComplaintRef;
import org.anju.report.WeeklyReport.Spike;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays the report records out as tables, one per section, named from the {@code i18n/report}
 * bundle — the single layout the Excel and the PDF files share.
 */
@Component
class ReportTables {

	private static final Set<String> RATES = Set.of("firstContactOnTimeRate", "resolutionOnTimeRate", "overdueRate",
			"feedbackRate", "satisfactionRate", "satisfiedAfterReview");

	private static final Set<String> TIMES = Set.of("averageMinutesToSystem", "averageMinutesToAssignment",
			"averageHandlingHours", "p90HandlingHours");

	private final MessageSource messages;

	private final Directory directory;

	private final Clock clock;

	ReportTables(MessageSource messages, Directory directory, Clock clock) {
		this.messages = messages;
		this.directory = directory;
		this.clock = clock;
	}

	/** The project's name, or "the company" when the report covers every project. */
	String scopeName(Long projectId, Locale locale) {
		return projectId == null ? text("report.company", locale)
				: directory.project(projectId).map(ProjectRef::name).orElse(String.valueOf(projectId));
	}

	/** The week's name with its first and last day. */
	String weekPeriod(WeeklyReport report, Locale locale) {
		LocalDate first = report.from().atZone(clock.getZone()).toLocalDate();
		LocalDate last = report.to().atZone(clock.getZone()).toLocalDate().minusDays(1);
		return messages.getMessage("report.file.weekPeriod", new Object[] { report.week(), first, last }, locale);
	}

	List<ReportTable> monthly(MonthlyReport report, KpiReport kpis, Locale locale) {
		Figures f = report.current();
		List<ReportTable> tables = new ArrayList<>();
		tables.add(summary(report, locale));
		tables.add(comparison(report.comparison(), locale));
		tables.add(counts("byChannel", f.byChannel(), "report.channel.", locale));
		tables.add(counts("byCategory", f.byCategory(), "report.category.", locale));
		tables.add(counts("byClass", f.byClass(), "report.class.", locale));
		tables.add(counts("byTopic", f.byTopic(), null, locale));
		tables.add(counts("byDepartment", f.byDepartment(), null, locale));
		tables.add(counts("byBuilding", f.byBuilding(), null, locale));
		tables.add(counts("byNature", f.byNature(), "report.nature.", locale));
		tables.add(issues(f.topIssues(), locale));
		tables.add(actions(report.actions(), locale));
		tables.add(kpis("kpiDepartments", kpis == null ? List.of() : kpis.departments(), locale));
		tables.add(kpis("kpiStaff", kpis == null ? List.of() : kpis.staff(), locale));
		return tables;
	}

	List<ReportTable> weekly(WeeklyReport report, Locale locale) {
		List<List<Object>> summary = new ArrayList<>();
		summary.add(row(text("report.file.project", locale), scopeName(report.projectId(), locale)));
		summary.add(row(text("report.period", locale), weekPeriod(report, locale)));
		summary.add(row(text("report.figure.received", locale), report.received()));
		summary.add(row(text("report.figure.backlogAtEnd", locale), report.backlogAtEnd()));
		List<List<Object>> trends = report.topics().stream()
			.map(t -> row(orUnset(t.name(), locale), t.count(), new Num(t.usual(), Format.TWO_DECIMALS)))
			.toList();
		List<List<Object>> spikes = report.spikes().stream()
			.map(s -> row(text("report.spike." + s.kind(), locale), orUnset(s.name(), locale), s.count(),
					new Num(s.usual(), Format.TWO_DECIMALS), numbers(s)))
			.toList();
		return List.of(table("summary", locale, summary, "report.column.item", "report.column.count"),
				table("trends", locale, trends, "report.column.topic", "report.column.week", "report.column.usual"),
				table("spikes", locale, spikes, "report.column.kind", "report.column.name", "report.column.week",
						"report.column.usual", "report.column.complaints"));
	}

	private ReportTable summary(MonthlyReport report, Locale locale) {
		Summary s = report.current().summary();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(text("report.file.project", locale), scopeName(report.projectId(), locale)));
		rows.add(row(text("report.period", locale), report.month().toString()));
		figure(rows, "received", s.received(), locale);
		figure(rows, "valid", s.valid(), locale);
		figure(rows, "communicative", s.communicative(), locale);
		figure(rows, "unknownNature", s.unknownNature(), locale);
		figure(rows, "repeat", s.repeat(), locale);
		figure(rows, "escalated", s.escalated(), locale);
		figure(rows, "averageMinutesToSystem", s.averageMinutesToSystem(), locale);
		figure(rows, "averageMinutesToAssignment", s.averageMinutesToAssignment(), locale);
		figure(rows, "firstContactOnTimeRate", s.firstContactOnTimeRate(), locale);
		figure(rows, "resolutionOnTimeRate", s.resolutionOnTimeRate(), locale);
		figure(rows, "overdueRate", s.overdueRate(), locale);
		figure(rows, "resolved", s.resolved(), locale);
		figure(rows, "averageHandlingHours", s.averageHandlingHours(), locale);
		figure(rows, "p90HandlingHours", s.p90HandlingHours(), locale);
		figure(rows, "resolutions", s.resolutions(), locale);
		figure(rows, "feedbackRate", s.feedbackRate(), locale);
		figure(rows, "averageStars", s.averageStars(), locale);
		figure(rows, "satisfactionRate", s.satisfactionRate(), locale);
		figure(rows, "reviewsDone", s.reviewsDone(), locale);
		figure(rows, "satisfiedAfterReview", s.satisfiedAfterReview(), locale);
		return table("summary", locale, rows, "report.column.item", "report.column.current");
	}

	private void figure(List<List<Object>> rows, String figure, Object value, Locale locale) {
		rows.add(row(text("report.figure." + figure, locale),
				value instanceof Long ? value : new Num((Double) value, format(figure))));
	}

	private ReportTable comparison(List<Change> changes, Locale locale) {
		List<List<Object>> rows = changes.stream().map(c -> {
			Format format = format(c.figure());
			return row(text("report.figure." + c.figure(), locale), new Num(c.current(), format),
					new Num(c.previousMonth(), format), new Num(c.changeFromPreviousMonth(), format),
					new Num(c.sameMonthLastYear(), format), new Num(c.changeFromLastYear(), format));
		}).toList();
		return table("comparison", locale, rows, "report.column.item", "report.column.current",
				"report.column.previousMonth", "report.column.changeFromPreviousMonth", "report.column.sameMonthLastYear",
				"report.column.changeFromLastYear");
	}

	/** Counts of a section; names of codes from the bundle when {@code codes} is the key prefix. */
	private ReportTable counts(String section, List<Count> counts, String codes, Locale locale) {
		List<List<Object>> rows = counts.stream()
			.map(c -> row(c.key() == null ? text("report.unset", locale)
					: codes == null ? orUnset(c.name(), locale)
							: messages.getMessage(codes + c.key(), null, c.key(), locale),
					c.count(), new Num(c.share(), Format.PERCENT)))
			.toList();
		return table(section, locale, rows, "report.column.item", "report.column.count", "report.column.share");
	}

	private ReportTable issues(List<Issue> issues, Locale locale) {
		List<List<Object>> rows = issues.stream()
			.map(i -> row(orUnset(i.topicName(), locale), orUnset(i.buildingName(), locale), i.count()))
			.toList();
		return table("topIssues", locale, rows, "report.column.topic", "report.column.building", "report.column.count");
	}

	private ReportTable actions(List<ActionView> actions, Locale locale) {
		List<List<Object>> rows = actions.stream()
			.map(a -> row(a.title(), a.ownerName(), a.dueDate(), text("report.action." + a.status().name(), locale),
					text(a.publicAction() ? "report.file.yes" : "report.file.no", locale)))
			.toList();
		return table("actions", locale, rows, "report.column.title", "report.column.owner", "report.column.dueDate",
				"report.column.status", "report.column.public");
	}

	private ReportTable kpis(String section, List<Kpi> kpis, Locale locale) {
		List<List<Object>> rows = kpis.stream()
			.map(k -> row(k.name(), k.handled(), k.onTime(), k.late(), k.openOverdue(), k.overdue(),
					new Num(k.averageHandlingHours(), Format.ONE_DECIMAL), k.ratings(),
					new Num(k.averageStars(), Format.TWO_DECIMALS), new Num(k.satisfactionRate(), Format.PERCENT),
					k.reopens()))
			.toList();
		return table(section, locale, rows, "report.column.name", "report.kpi.handled", "report.kpi.onTime",
				"report.kpi.late", "report.kpi.openOverdue", "report.kpi.overdue", "report.kpi.averageHandlingHours",
				"report.kpi.ratings", "report.kpi.averageStars", "report.kpi.satisfactionRate", "report.kpi.reopens");
	}

	private ReportTable table(String section, Locale locale, List<List<Object>> rows, String... headers) {
		String title = text("report.section." + section, locale);
		String sheet = messages.getMessage("report.sheet." + section, null, title, locale);
		return new ReportTable(sheet, title, Arrays.stream(headers).map(h -> text(h, locale)).toList(), rows);
	}

	/** A figure's format: rates as percentages, times to one decimal, stars to two, counts whole. */
	static Format format(String figure) {
		if (RATES.contains(figure)) {
			return Format.PERCENT;
		}
		if (TIMES.contains(figure)) {
			return Format.ONE_DECIMAL;
		}
		return "averageStars".equals(figure) ? Format.TWO_DECIMALS : Format.INTEGER;
	}

	private static String numbers(Spike spike) {
		return spike.complaints().stream().map(ComplaintRef::number).collect(Collectors.joining(", "));
	}

	private String orUnset(String name, Locale locale) {
		return name == null ? text("report.unset", locale) : name;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

}
