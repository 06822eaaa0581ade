package org.anju.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.anju.AnjuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Anju started for a benchmark: on a fresh data directory (or {@code BENCH_DATA_DIR}, to keep a
 * search index between runs on the same database), the database {@code DB_URL} names (or a fresh
 * embedded H2), the schedulers off unless asked for, a random port.
 */
final class Bench implements AutoCloseable {

	private final ConfigurableApplicationContext app;

	private Bench(ConfigurableApplicationContext app) {
		this.app = app;
	}

	static Bench start(String... extra) throws Exception {
		String dataDir = System.getenv().getOrDefault("BENCH_DATA_DIR", Files.createTempDirectory("anju-bench").toString());
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--anju.data-dir=" + dataDir,
				"--logging.level.root=warn",
				"--anju.sla.scheduler.enabled=false", "--anju.notification.scheduler.enabled=false",
				"--anju.feedback.scheduler.enabled=false", "--anju.survey.scheduler.enabled=false"));
		args.addAll(List.of(extra));
		return new Bench(SpringApplication.run(AnjuApplication.class, args.toArray(String[]::new)));
	}

	ConfigurableApplicationContext app() {
		return app;
	}

	String base() {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	String databaseUrl() {
		return app.getEnvironment().getProperty("spring.datasource.url");
	}

	/** One connection for the whole job, so that temporary tables live as long as it. */
	JdbcTemplate jdbc() throws Exception {
		return new JdbcTemplate(new SingleConnectionDataSource(
				app.getBean(javax.sql.DataSource.class).getConnection(), true));
	}

	void requirePostgres(String who) {
		if (databaseUrl() == null || !databaseUrl().startsWith("jdbc:postgresql")) {
			throw new IllegalStateException(who + " fills the tables with generate_series: set DB_URL to PostgreSQL");
		}
	}

	@Override
	public void close() {
		app.close();
	}

}
