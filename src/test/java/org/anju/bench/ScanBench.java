package org.anju.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.anju.AnjuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline scan over many open complaints: fills the database (PostgreSQL when DB_URL says so,
 * else a fresh embedded H2) with open complaints and their clocks, {@code due} of which have a
 * deadline that has just passed, then times the scan that finds and fires them: once right after
 * the start (cold), then three times in a warm JVM with another {@code due} deadlines each, and once
 * with nothing due.
 *
 * <pre>DB_URL=jdbc:postgresql://127.0.0.1:55432/anju_bench DB_USER=postgres \
 *   mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.ScanBench</pre>
 */
public final class ScanBench {

	private ScanBench() {
	}

	public static void main(String[] args) throws Exception {
		int open = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int due = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		Path data = Files.createTempDirectory("anju-scan");
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, "--server.port=0",
				"--anju.data-dir=" + data, "--anju.demo-data=false", "--anju.sla.scheduler.enabled=false",
				"--logging.level.root=warn");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Instant now = Instant.now();
			long base = fill(jdbc, open, due, now);
			jdbc.execute("analyze");
			Runnable scan = scanner(app);
			time(scan, "first scan after start (cold JVM), " + due + " deadlines due", open);
			for (int round = 1; round <= 3; round++) {
				jdbc.update("update sla_clock set resolution_breach_at = ? where complaint_id >= ? and complaint_id < ?",
						Timestamp.from(Instant.now().minusSeconds(1)), base + (long) round * due, base + (long) (round + 1) * due);
				time(scan, "warm scan, " + due + " deadlines due", open);
			}
			time(scan, "warm scan, nothing due", open);
			Integer fired = jdbc.queryForObject(
					"select count(*) from complaint_timeline where type = 'DEADLINE' and complaint_id >= ?", Integer.class, base);
			System.out.printf("deadline entries written: %d (expected %d)%n", fired, 4 * due);
		}
		finally {
			app.close();
		}
	}

	private static void time(Runnable scan, String what, int open) {
		long t0 = System.nanoTime();
		scan.run();
		System.out.printf("%s over %,d open complaints: %.0f ms%n", what, open, (System.nanoTime() - t0) / 1e6);
	}

	/** Inserts the complaints and clocks in batches; returns the first complaint id. */
	private static long fill(JdbcTemplate jdbc, int open, int due, Instant now) {
		Long max = jdbc.queryForObject("select coalesce(max(id), 0) from complaint", Long.class);
		long first = max + 1_000_000;
		List<Object[]> complaints = new ArrayList<>();
		List<Object[]> clocks = new ArrayList<>();
		Timestamp received = Timestamp.from(now.minus(Duration.ofHours(30)));
		for (int i = 0; i < open; i++) {
			long id = first + i;
			complaints.add(new Object[] { id, "BENCH-" + id, received, received });
			Instant breach = i < due ? now.minusSeconds(60) : now.plus(Duration.ofMinutes(10 + i % 10_000));
			clocks.add(new Object[] { id, received, Timestamp.from(breach), Timestamp.from(breach),
					Timestamp.from(breach.plus(Duration.ofHours(1))) });
			if (complaints.size() == 5_000 || i == open - 1) {
				jdbc.batchUpdate("insert into complaint (id, number, project_id, complainant_name, channel, received_at,"
						+ " recorded_at, title, content, urgency, nature, status) values (?, ?, 1, '业主', 'PHONE', ?, ?,"
						+ " '楼道灯坏了', '楼道灯坏了', 'NORMAL', 'UNKNOWN', 'IN_PROGRESS')", complaints);
				jdbc.batchUpdate("insert into sla_clock (complaint_id, project_id, urgency, state, received_at,"
						+ " resolution_started_at, resolution_due, resolution_breach_at, next_update_due)"
						+ " values (?, 1, 'NORMAL', 'OPEN', ?, ?, ?, ?, ?)", clocks.stream()
							.map(c -> new Object[] { c[0], c[1], c[1], c[2], c[3], c[4] }).toList());
				complaints.clear();
				clocks.clear();
			}
		}
		return first;
	}

	private static Runnable scanner(ConfigurableApplicationContext app) throws Exception {
		Class<?> type = Class.forName("org.anju.sla.DeadlineScanner");
		Object scanner = app.getBean(type);
		var scan = type.getDeclaredMethod("scan");
		scan.setAccessible(true);
		return () -> {
			try {
				scan.invoke(scanner);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

}
