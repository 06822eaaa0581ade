package org.anju.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anju.platform.web.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 from the security filters with problem+json, like the rest of the API; 503
 * when the account could not be checked because the database is out of reach.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (DatabaseOutage.isCause(ex)) {
			// the staff account could not be loaded: not a wrong password, the database is out of reach
			DatabaseOutage.refuse(request, response);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Anju\"");
		write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Log in with a staff account.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
