package org.anju.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 ({@link DatabaseOutage#refuse}) for a request that failed because the database
 * cannot be reached and that nothing else answered: a console or portal page (the API's
 * controllers answer problem+json themselves), or the session store — the database — failing in
 * a filter before any controller. First of all filters, so that its answer needs nothing behind it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503, the database is out of reach: {}", request.getMethod(),
					request.getRequestURI(), ex.toString());
			response.reset();
			DatabaseOutage.refuse(request, response);
		}
	}

}
