package org.anju.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.anju.directory.Directory;
import org.anju.directory.ProjectRef;
import org.anju.notification.DirectMessages;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.storage.DataDirectory;
import org.anju.report.MonthlyReport.Summary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the weekly and monthly reports once their period is over and e-mails them, Excel and
 * PDF attached, to the managers: a project's report to its active managers, the company's to the
 * administrators and the addresses in {@code anju.report.mail.company-recipients}. Each report is
 * generated once ({@link ReportRun}); the files stay under {@code reports/} in the data directory.
 * Only the latest finished week and month are looked at, so a first start does not mail the past.
 */
@Service
class ReportMailing {

	private static final Logger log = LoggerFactory.getLogger(ReportMailing.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Reports reports;

	private final ReportFiles files;

	private final ReportRunRepository runs;

	private final Directory directory;

	private final Organisation organisation;

	private final DirectMessages messages;

	private final DataDirectory data;

	private final MessageSource texts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration after;

	private final List<String> companyRecipients;

	private final String publicUrl;

	ReportMailing(Reports reports, ReportFiles files, ReportRunRepository runs, Directory directory,
			Organisation organisation, DirectMessages messages, DataDirectory data, MessageSource texts,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${anju.report.schedule.after:PT7H}") Duration after,
			@Value("${anju.report.mail.company-recipients:}") List<String> companyRecipients,
			@Value("${anju.portal.public-url}") String publicUrl) {
		this.reports = reports;
		this.files = files;
		this.runs = runs;
		this.directory = directory;
		this.organisation = organisation;
		this.messages = messages;
		this.data = data;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.after = after;
		this.companyRecipients = companyRecipients.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/**
	 * Generates and mails every report now due and not generated yet: the last finished week from
	 * Monday plus {@code anju.report.schedule.after}, the last finished month from the 1st plus the
	 * same. Returns the reports generated.
	 */
	List<ReportRun> sendDue(Instant now) {
		return sendDue(now, directory.projects().stream().map(ProjectRef::id).toList());
	}

	/** The same for some projects (and the company). */
	List<ReportRun> sendDue(Instant now, List<Long> projects) {
		ZoneId zone = clock.getZone();
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		YearMonth month = YearMonth.from(today);
		List<ReportRun> done = new ArrayList<>();
		if (!now.isBefore(Periods.start(monday, zone).plus(after))) {
			String week = Periods.weekName(monday.minusWeeks(1));
			forEachScope(projects, projectId -> weekly(projectId, week, now), done);
		}
		if (!now.isBefore(Periods.start(month, zone).plus(after))) {
			String previous = month.minusMonths(1).toString();
			forEachScope(projects, projectId -> monthly(projectId, previous, now), done);
		}
		return done;
	}

	private void forEachScope(List<Long> projects, Function<Long, ReportRun> generate, List<ReportRun> done) {
		List<Long> scopes = new ArrayList<>(projects);
		scopes.add(null);
		for (Long projectId : scopes) {
			try {
				ReportRun run = generate.apply(projectId);
				if (run != null) {
					done.add(run);
				}
			}
			catch (RuntimeException ex) {
				// one scope's failure (say, the PDF font missing) must not hold back the others; retried next run
				log.warn("Report for {} not generated: {}", ReportRun.scope(projectId), ex.toString());
			}
		}
	}

	private ReportRun weekly(Long projectId, String week, Instant now) {
		return generate("WEEKLY", week, projectId, now, () -> {
			WeeklyReport report = reports.weekly(projectId, week, Actor.SYSTEM);
			String subject = text("report.mail.weekly.subject", week, scopeName(projectId));
			String body = text("report.mail.weekly.body", scopeName(projectId), week, report.received(),
					report.backlogAtEnd(), report.spikes().size(),
					link("/reports/weekly", projectId, "week", week));
			return new Rendered(subject, body, Map.of(
					files.weeklyFileName(report, FileFormat.XLSX, CHINESE), files.weeklyExcel(report, CHINESE),
					files.weeklyFileName(report, FileFormat.PDF, CHINESE), files.weeklyPdf(report, CHINESE)));
		});
	}

	private ReportRun monthly(Long projectId, String month, Instant now) {
		return generate("MONTHLY", month, projectId, now, () -> {
			MonthlyReport report = reports.monthly(projectId, month, Actor.SYSTEM);
			KpiReport kpis = reports.kpis(projectId, month, Actor.SYSTEM);
			Summary s = report.current().summary();
			String subject = text("report.mail.monthly.subject", month, scopeName(projectId));
			String body = text("report.mail.monthly.body", scopeName(projectId), month, s.received(),
					percent(s.overdueRate()), percent(s.feedbackRate()), percent(s.satisfactionRate()),
					link("/reports/monthly", projectId, "month", month));
			return new Rendered(subject, body, Map.of(
					files.monthlyFileName(report, FileFormat.XLSX, CHINESE), files.monthlyExcel(report, kpis, CHINESE),
					files.monthlyFileName(report, FileFormat.PDF, CHINESE), files.monthlyPdf(report, kpis, CHINESE)));
		});
	}

	/** One report in one transaction: the run, the files and the queued mails together, or none of them. */
	private ReportRun generate(String kind, String period, Long projectId, Instant now,
			Supplier<Rendered> render) {
		if (runs.existsByKindAndPeriodAndScope(kind, period, ReportRun.scope(projectId))) {
			return null;
		}
		return transaction.execute(status -> {
			Rendered rendered = render.get();
			Path dir = data.resolve("reports/" + kind.toLowerCase(Locale.ROOT) + "/" + period);
			List<Path> written = new ArrayList<>();
			rendered.files().forEach((name, bytes) -> written.add(write(dir.resolve(name), bytes)));
			Map<String, StaffRef> to = recipients(projectId);
			String key = "report:" + kind + ":" + period + ":" + ReportRun.scope(projectId) + ":";
			to.forEach((address, staff) -> messages.email(key + address, staff == null ? null : staff.id(),
					staff == null ? null : staff.displayName(), address, rendered.subject(), rendered.body(), written));
			List<String> names = written.stream().map(p -> data.root().relativize(p).toString()).toList();
			return runs.save(new ReportRun(kind, period, projectId, String.join("\n", names), to.size(), now));
		});
	}

	/** The addresses to mail, each with its staff member (null for a configured address). */
	private Map<String, StaffRef> recipients(Long projectId) {
		Map<String, StaffRef> to = new LinkedHashMap<>();
		List<StaffRef> staff = projectId != null ? organisation.managers(projectId)
				: organisation.staffOf(null).stream().filter(s -> s.active() && s.roles().contains(Role.ADMIN)).toList();
		staff.stream().filter(s -> s.email() != null && !s.email().isBlank()).forEach(s -> to.putIfAbsent(s.email(), s));
		if (projectId == null) {
			companyRecipients.forEach(address -> to.putIfAbsent(address, null));
		}
		return to;
	}

	private String scopeName(Long projectId) {
		return projectId == null ? text("report.company")
				: directory.project(projectId).map(ProjectRef::name).orElse(String.valueOf(projectId));
	}

	private String link(String path, Long projectId, String param, String period) {
		return publicUrl + path + "?" + (projectId == null ? "" : "projectId=" + projectId + "&") + param + "=" + period;
	}

	private String text(String key, Object... args) {
		return texts.getMessage(key, args, CHINESE);
	}

	private static String percent(Double share) {
		return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private static Path write(Path file, byte[] bytes) {
		try {
			return Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Rendered(String subject, String body, Map<String, byte[]> files) {
	}

}
