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
		jdbc.update("""
				insert into sla_clock (complaint_id, project_id, department, assignee_id, topic, urgency, state, received_at,
				  first_contact_due, first_contacted_at, resolution_started_at, resolution_due, resolved_at,
				  resolution_breached)
				select c.id, c.project_id, c.department, c.assignee_id, c.topic, c.urgency,
				  case c.status when 'IN_PROGRESS' then 'OPEN' when 'RESOLVED' then 'RESOLVED' else 'CLOSED' end,
				  c.received_at, c.received_at + interval '1 hour', c.received_at + (c.id % 90) * interval '1 minute',
				  c.received_at, c.received_at + interval '48 hours', c.resolved_at,
				  coalesce(c.resolved_at > c.received_at + interval '48 hours', false)
				from complaint c where c.project_id = ?""", PROJECT);
		jdbc.update("""
				insert into feedback_request (complaint_id, round, project_id, department, topic, assignee_id, resolved_at,
				  callback_due, state, rated_at, stars)
				select c.id, 0, c.project_id, c.department, c.topic, c.assignee_id, c.resolved_at,
				  c.resolved_at + interval '3 days', case when c.id % 2 = 0 then 'ANSWERED' else 'NO_FEEDBACK' end,
				  case when c.id % 2 = 0 then c.resolved_at + interval '1 day' end,
				  case when c.id % 2 = 0 then 1 + c.id % 5 end
				from complaint c where c.project_id = ? and c.resolved_at is not null and c.id % 3 = 0""", PROJECT);
		jdbc.update("insert into complaint_flag (complaint_id, flag) select id, 'REPEAT' from complaint"
				+ " where project_id = ? and id % 20 = 0", PROJECT);
	}

}
