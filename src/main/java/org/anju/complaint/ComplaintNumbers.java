package org.anju.complaint;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out complaint numbers such as {@code TS20261122-0001}: the day in the company's time zone
 * and a counter that starts at 1 each day.
 * <p>
 * Each number is taken and committed in a transaction of its own, a millisecond long, on a small
 * pool of its own connections. Taking it inside the registration's transaction kept the day's
 * counter row locked until the whole registration committed, and every concurrent intake queued
 * behind it (the intake benchmark spent most of its time there); borrowing a second connection
 * from the main pool could deadlock it under load. The price: a registration that fails after
 * taking its number leaves a gap in the day's numbers. Nothing is lost by it — the inbound
 * message of every channel is kept before registration starts.
 */
@Component
class ComplaintNumbers implements DisposableBean {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final HikariDataSource pool;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ComplaintNumbers(DataSource main, Clock clock) {
		this.pool = ownPool(main);
		this.jdbc = new JdbcTemplate(pool);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
		this.clock = clock;
	}

	String next() {
		LocalDate day = LocalDate.now(clock);
		Date date = Date.valueOf(day);
		Integer value = transaction.execute(tx -> {
			if (jdbc.update("update complaint_number set last_number = last_number + 1 where issued_on = ?", date) == 0) {
				return null;
			}
			return jdbc.queryForObject("select last_number from complaint_number where issued_on = ?", Integer.class, date);
		});
		if (value == null) { // the day's first complaint: create the counter, then take from it
			createCounter(date);
			return next();
		}
		return "TS" + DAY.format(day) + "-" + String.format("%04d", value);
	}

	private void createCounter(Date day) {
		try {
			transaction.executeWithoutResult(
					tx -> jdbc.update("insert into complaint_number (issued_on, last_number) values (?, 0)", day));
		}
		catch (DataIntegrityViolationException alreadyCreated) {
			// another registration created it first
		}
	}

	/** Two connections to the same database, outside the main pool. */
	private static HikariDataSource ownPool(DataSource main) {
		HikariConfig config = new HikariConfig();
		try {
			main.unwrap(HikariDataSource.class).copyStateTo(config);
		}
		catch (java.sql.SQLException notHikari) {
			throw new IllegalStateException("complaint numbers need the main pool to be HikariCP", notHikari);
		}
		config.setPoolName("complaint-numbers");
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(0);
		config.setAutoCommit(true);
		return new HikariDataSource(config);
	}

	@Override
	public void destroy() {
		pool.close();
	}

}
