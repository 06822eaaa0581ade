package org.anju.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	private static final byte[] PAGE = page();

	private DatabaseOutage() {
	}

	private static byte[] page() {
		try (InputStream in = DatabaseOutage.class.getResourceAsStream("/outage.html")) {
			return in.readAllBytes();
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("outage.html is missing from the classpath", ex);
		}
	}

	/**
	 * Answers 503 with {@code Retry-After}: a browser asking for a page gets a small page that tries
	 * again by itself, anything else the problem document. Neither needs the database.
	 */
	public static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()));
		response.setCharacterEncoding("UTF-8");
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.getOutputStream().write(PAGE);
			return;
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
				+ "\"detail\":\"The database cannot be reached right now; nothing was changed. Try again shortly.\"}");
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
