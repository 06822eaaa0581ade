package org.anju.complaint;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out complaint numbers such as {@code TS20261122-0001}: the day in the company's time zone
 * and a counter that starts at 1 each day. The counter row is incremented inside the caller's
 * transaction, so a rolled-back registration leaves no gap and concurrent ones queue on the row.
 */
@Component
class ComplaintNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	ComplaintNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next() {
		LocalDate day = LocalDate.now(clock);
		createCounter(day);
		jdbc.update("update complaint_number set last_number = last_number + 1 where issued_on = ?", Date.valueOf(day));
		Integer value = jdbc.queryForObject("select last_number from complaint_number where issued_on = ?", Integer.class,
				Date.valueOf(day));
		return "TS" + DAY.format(day) + "-" + String.format("%04d", value);
	}

	/** The day's counter row, created in its own transaction so that two first complaints of a day cannot clash. */
	private void createCounter(LocalDate day) {
		Integer exists = jdbc.queryForObject("select count(*) from complaint_number where issued_on = ?", Integer.class,
				Date.valueOf(day));
		if (exists != null && exists > 0) {
			return;
		}
		try {
			newTransaction.executeWithoutResult(status -> jdbc
				.update("insert into complaint_number (issued_on, last_number) values (?, 0)", Date.valueOf(day)));
		}
		catch (DataIntegrityViolationException alreadyCreated) {
			// another registration created it first
		}
	}

}
