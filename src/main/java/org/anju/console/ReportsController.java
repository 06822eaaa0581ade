package org.anju.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;

import org.anju.console.ReportAccess.Choice;
import org.anju.platform.security.Actor;
import org.anju.report.KpiReport;
import org.anju.report.MonthlyReport;
import org.anju.report.Reports;
import org.anju.report.WeeklyReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 报表: the monthly statistics and analysis report with the month's KPIs, and the weekly trend
 * report, for one project or the company, as tables and ECharts charts. The figures come from
 * {@link Reports} exactly as the API gives them; the Excel and PDF links lead to the same figures
 * as files ({@code ReportDownloads}).
 */
@Controller
class ReportsController {

	private final Reports reports;

	private final ReportAccess access;

	private final ReportModel view;

	ReportsController(Reports reports, ReportAccess access, ReportModel view) {
		this.reports = reports;
		this.access = access;
		this.view = view;
	}

	@GetMapping("/reports")
	String reports() {
		access.actor();
		return "redirect:/reports/monthly";
	}

	@GetMapping("/reports/monthly")
	String monthly(@RequestParam(required = false) String projectId, @RequestParam(required = false) String month,
			Model model) {
		Actor actor = access.actor();
		Choice choice = access.choose(projectId, actor);
		MonthlyReport report = reports.monthly(choice.projectId(), access.month(month), actor);
		KpiReport kpis = reports.kpis(choice.projectId(), report.month().toString(), actor);
		List<ReportModel.Figure> summary = view.summary(report.current().summary());
		YearMonth m = report.month();
		model.addAttribute("choice", choice);
		model.addAttribute("report", report);
		model.addAttribute("month", m.toString());
		model.addAttribute("summary", summary);
		model.addAttribute("headline", view.headline(summary));
		model.addAttribute("sections", view.sections(report.current()));
		model.addAttribute("comparison", view.comparison(report.comparison()));
		model.addAttribute("issues", report.current().topIssues());
		model.addAttribute("actions", report.actions());
		model.addAttribute("departments", view.kpis(kpis.departments()));
		model.addAttribute("staff", view.kpis(kpis.staff()));
		model.addAttribute("previousMonth", link("/reports/monthly", choice, "month", m.minusMonths(1).toString()));
		model.addAttribute("nextMonth", link("/reports/monthly", choice, "month", m.plusMonths(1).toString()));
		model.addAttribute("excel", download("/reports/monthly.xlsx", choice, "month", m.toString()));
		model.addAttribute("pdf", download("/reports/monthly.pdf", choice, "month", m.toString()));
		model.addAttribute("weekly", link("/reports/weekly", choice, null, null));
		model.addAttribute("register", link("/reports/actions", choice, null, null));
		model.addAttribute("view", view);
		return "console/report/monthly";
	}

	@GetMapping("/reports/weekly")
	String weekly(@RequestParam(required = false) String projectId, @RequestParam(required = false) String week,
			Model model) {
		Actor actor = access.actor();
		Choice choice = access.choose(projectId, actor);
		WeeklyReport report = reports.weekly(choice.projectId(), access.week(week), actor);
		LocalDate monday = monday(report.week());
		model.addAttribute("choice", choice);
		model.addAttribute("report", report);
		model.addAttribute("week", report.week());
		model.addAttribute("trendChart", view.trendChart(report));
		model.addAttribute("previousWeek", link("/reports/weekly", choice, "week", weekName(monday.minusWeeks(1))));
		model.addAttribute("nextWeek", link("/reports/weekly", choice, "week", weekName(monday.plusWeeks(1))));
		model.addAttribute("excel", download("/reports/weekly.xlsx", choice, "week", report.week()));
		model.addAttribute("pdf", download("/reports/weekly.pdf", choice, "week", report.week()));
		model.addAttribute("monthly", link("/reports/monthly", choice, null, null));
		model.addAttribute("register", link("/reports/actions", choice, null, null));
		model.addAttribute("view", view);
		return "console/report/weekly";
	}

	/** The Monday of an ISO week the report has already checked ({@code 2026-W47}). */
	private static LocalDate monday(String week) {
		String[] parts = week.split("-W");
		return LocalDate.of(Integer.parseInt(parts[0]), 6, 1)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
			.with(DayOfWeek.MONDAY);
	}

	private static String weekName(LocalDate monday) {
		return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** A report page for the same scope. */
	private static String link(String path, Choice choice, String param, String value) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("projectId", choice.param());
		if (param != null) {
			uri.queryParam(param, value);
		}
		return uri.encode().build().toUriString();
	}

	/** A file of {@code ReportDownloads}: without a project for the company. */
	private static String download(String path, Choice choice, String param, String value) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (choice.projectId() != null) {
			uri.queryParam("projectId", choice.projectId());
		}
		return uri.queryParam(param, value).encode().build().toUriString();
	}

}
