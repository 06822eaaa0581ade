package org.anju.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

import org.anju.AnjuApplication;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.report.MonthlyReport;
import org.anju.report.Reports;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly report over many complaints on PostgreSQL: fills one project with {@code count}
 * complaints spread over the last two years (with {@code generate_series}, straight into the
 * tables: their deadline clocks, a feedback request for every third, a repeat flag for every
 * twentieth), then times the monthly report of the current month (three periods: the month, the
 * previous month, the same month last year), the weekly report and the KPIs — cold once, then
 * {@code rounds} warm runs each (p50 and max).
 *
 * <pre>(PGDATABASE_NAME=anju_bench source .ci/start-postgres &amp;&amp; \
 *   mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.ReportBench \
 *     -Dexec.args="1000000 10")</pre>
 */
public final class ReportBench {

	private static final long PROJECT = 900_001;

	private ReportBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		Path data = Files.createTempDirectory("anju-report-bench");
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, "--server.port=0",
				"--anju.data-dir=" + data, "--anju.demo-data=false", "--anju.sla.scheduler.enabled=false",
				"--anju.notification.scheduler.enabled=false", "--anju.feedback.scheduler.enabled=false",
				"--anju.survey.scheduler.enabled=false", "--logging.level.root=warn");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String url = app.getEnvironment().getProperty("spring.datasource.url");
			if (url == null || !url.startsWith("jdbc:postgresql")) {
				throw new IllegalStateException("ReportBench fills the tables with generate_series: set DB_URL to PostgreSQL");
			}
			long t0 = System.nanoTime();
			fill(jdbc, count);
			jdbc.execute("analyze");
			System.out.printf("database: %s%nseeded %,d complaints in %.1f s%n", url, count, (System.nanoTime() - t0) / 1e9);
			Reports reports = app.getBean(Reports.class);
			Actor admin = new Actor(1, "bench", "bench", Set.of(Role.ADMIN), Set.of());
			YearMonth month = YearMonth.now(app.getBean(Clock.class));
			String week = month.atDay(1).plusWeeks(1).format(DateTimeFormatter.ISO_WEEK_DATE)
				.substring(0, 8);
			MonthlyReport report = reports.monthly(PROJECT, month.toString(), admin);
			System.out.printf("month %s: %,d received, %,d resolved, p90 %.1f h%n", month,
					report.current().summary().received(), report.current().summary().resolved(),
					report.current().summary().p90HandlingHours());
			time("monthly report (3 periods)", rounds, () -> reports.monthly(PROJECT, month.toString(), admin));
			time("weekly report " + week, rounds, () -> reports.weekly(PROJECT, week, admin));
			time("KPIs", rounds, () -> reports.kpis(PROJECT, month.toString(), admin));
		}
		finally {
			app.close();
		}
	}

	private static void time(String what, int rounds, Supplier<Object> run) {
		long c0 = System.nanoTime();
		run.get();
		double cold = (System.nanoTime() - c0) / 1e6;
		double[] ms = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			run.get();
			ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf("%-30s first %.0f ms, warm p50 %.0f ms, max %.0f ms%n", what, cold, ms[rounds / 2],
				ms[rounds - 1]);
	}

	/** Complaints every ~minute over two years back from now, mostly closed; their clocks and feedback. */
	private static void fill(JdbcTemplate jdbc, int count) {
		long minutes = 2L * 365 * 24 * 60;
		jdbc.update("""
				insert into complaint (number, project_id, building_id, complainant_name, channel, received_at, recorded_at,
				  title, content, topic, category, department, urgency, nature, status, assignee_id, escalation_level,
				  assigned_at, resolved_at, closed_at, intake_millis)
				select 'RB' || lpad(g::text, 10, '0'), ?, 1 + g % 40, '业主',
				  (array['PHONE','WEB','WECHAT','APP','WALK_IN','EMAIL'])[1 + g % 6], t.at, t.at + interval '3 minutes',
				  '基准投诉', '基准投诉内容',
				  (array['WATER_LEAK','ELEVATOR_FAULT','NOISE','CLEANING','PROPERTY_FEE','PARKING_OCCUPIED','STAFF_ATTITUDE','LIGHTING'])[1 + g % 8],
				  (array['FACILITY','FACILITY','ENVIRONMENT','ENVIRONMENT','OTHER','SECURITY','SERVICE','FACILITY'])[1 + g % 8],
				  (array['ENGINEERING','ENGINEERING','SECURITY','ENVIRONMENT','FINANCE','SECURITY','CUSTOMER_SERVICE','ENGINEERING'])[1 + g % 8],
				  case when g % 97 = 0 then 'EMERGENCY' when g % 5 = 0 then 'URGENT' else 'NORMAL' end,
				  (array['VALID','HELP','CONSULT','VENT','UNKNOWN'])[1 + g % 5],
				  case when t.at > now() - interval '3 days' and g % 3 = 0 then 'IN_PROGRESS' when g % 7 = 0 then 'RESOLVED' else 'CLOSED' end,
				  1000 + g % 60, case when g % 50 = 0 then 1 else 0 end,
				  t.at + interval '10 minutes',
				  case when t.at > now() - interval '3 days' and g % 3 = 0 then null else t.at + (g % 96) * interval '1 hour' end,
				  case when t.at > now() - interval '3 days' and g % 3 = 0 then null when g % 7 = 0 then null
				    else t.at + (g % 96 + 24) * interval '1 hour' end,
				  (g % 600) * 1000
				from generate_series(1, ?) g, lateral (select now() - (g % ?) * interval '1 minute' as at) t""",
				PROJECT, count, minutes);
		DataGenerator.clocksFeedbackAndFlags(jdbc, "c.project_id = " + PROJECT);
	}

}
