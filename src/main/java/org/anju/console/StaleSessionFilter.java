package org.anju.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.anju.organisation.Organisation;
import org.anju.platform.security.Actor;
import org.anju.platform.security.ActorPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session whose staff member was deactivated or given other roles or projects
 * since logging in: the session holds the roles of the login, and a demoted supervisor must not
 * keep acting as one until the session times out. One lookup by id per page request.
 */
class StaleSessionFilter extends OncePerRequestFilter {

	private final Organisation organisation;

	StaleSessionFilter(Organisation organisation) {
		this.organisation = organisation;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal && changed(principal.actor())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?changed");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean changed(Actor actor) {
		return organisation.staff(actor.staffId())
			.map(s -> !s.active() || !s.roles().equals(actor.roles()) || !s.projectIds().equals(actor.projectIds()))
			.orElse(true);
	}

}
