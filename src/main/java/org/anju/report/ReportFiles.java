package org.anju.report;

import java.util.Locale;

import org.anju.platform.security.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The report files: the monthly report (with its KPIs) and the weekly trend report as Excel
 * workbooks and PDFs. The render methods take records already computed, so a schedule computes
 * once and attaches both files; {@link #monthly} and {@link #weekly} compute and render for a
 * download, with the visibility rules of {@link Reports}. Texts are Chinese unless the locale is
 * English.
 */
@Service
public class ReportFiles {

	private final Reports reports;

	private final ReportTables tables;

	private final ReportPdf pdf;

	private final MessageSource messages;

	ReportFiles(Reports reports, ReportTables tables, ReportPdf pdf, MessageSource messages) {
		this.reports = reports;
		this.tables = tables;
		this.pdf = pdf;
		this.messages = messages;
	}

	public byte[] monthlyExcel(MonthlyReport report, KpiReport kpis, Locale locale) {
		return ReportWorkbook.write(tables.monthly(report, kpis, supported(locale)));
	}

	public byte[] monthlyPdf(MonthlyReport report, KpiReport kpis, Locale locale) {
		Locale l = supported(locale);
		return pdf.render(text("report.monthly.title", l), tables.scopeName(report.projectId(), l),
				report.month().toString(), tables.monthly(report, kpis, l), l);
	}

	public byte[] weeklyExcel(WeeklyReport report, Locale locale) {
		return ReportWorkbook.write(tables.weekly(report, supported(locale)));
	}

	public byte[] weeklyPdf(WeeklyReport report, Locale locale) {
		Locale l = supported(locale);
		return pdf.render(text("report.weekly.title", l), tables.scopeName(report.projectId(), l),
				tables.weekPeriod(report, l), tables.weekly(report, l), l);
	}

	/** {@code anju-monthly-2026-11-<project name or "company">.xlsx} */
	public String monthlyFileName(MonthlyReport report, FileFormat format, Locale locale) {
		return fileName("monthly", report.month().toString(), report.projectId(), format, locale);
	}

	/** {@code anju-weekly-2026-W47-<project name or "company">.pdf} */
	public String weeklyFileName(WeeklyReport report, FileFormat format, Locale locale) {
		return fileName("weekly", report.week(), report.projectId(), format, locale);
	}

	/** The monthly report of a project (or the company) as a file, for whoever may read it. */
	public ReportFile monthly(Long projectId, String month, FileFormat format, Actor actor, Locale locale) {
		MonthlyReport report = reports.monthly(projectId, month, actor);
		KpiReport kpis = reports.kpis(projectId, month, actor);
		byte[] content = format == FileFormat.XLSX ? monthlyExcel(report, kpis, locale)
				: monthlyPdf(report, kpis, locale);
		return new ReportFile(monthlyFileName(report, format, locale), format, content);
	}

	/** The weekly trend report of a project (or the company) as a file, for whoever may read it. */
	public ReportFile weekly(Long projectId, String week, FileFormat format, Actor actor, Locale locale) {
		WeeklyReport report = reports.weekly(projectId, week, actor);
		byte[] content = format == FileFormat.XLSX ? weeklyExcel(report, locale) : weeklyPdf(report, locale);
		return new ReportFile(weeklyFileName(report, format, locale), format, content);
	}

	/** English when asked for, Chinese (the default) otherwise. */
	public static Locale supported(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	private String fileName(String kind, String period, Long projectId, FileFormat format, Locale locale) {
		String scope = projectId == null ? "company" : tables.scopeName(projectId, supported(locale));
		return "anju-" + kind + "-" + period + "-" + scope.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + "."
				+ format.extension();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
