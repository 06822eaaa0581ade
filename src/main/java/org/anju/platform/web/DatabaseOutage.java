package org.anju.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, no connection free within
 * Hikari's {@code connection-timeout}) from other failures: such a request is answered 503 with
 * {@code Retry-After}, not 500 — the client may simply try again; nothing was saved.
 */
public final class DatabaseOutage {

	/** What {@code Retry-After} suggests: about how long a PostgreSQL restart takes. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseOutage() {
	}

	/** Whether the exception, or one of its causes, says the database could not be reached. */
	public static boolean isCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
				return true;
			}
			// 08: connection exception; 57P01-57P03: the server is shutting down or starting up
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// Hikari's answer (without SQL state) on a connection it evicted as broken; seen when the rollback
			// after a server shutdown replaces the original 57P01
			if (t instanceof SQLException && HIKARI_CLOSED.equals(t.getMessage())) {
				return true;
			}
		}
		return false;
	}

}
