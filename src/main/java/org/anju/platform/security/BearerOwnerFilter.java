package org.anju.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an owner's app or mini-program by its {@code Authorization: Bearer} token. An unknown
 * token is not an error here: the request simply stays anonymous and the chain answers 401.
 */
class BearerOwnerFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ObjectProvider<OwnerTokens> tokens;

	BearerOwnerFilter(ObjectProvider<OwnerTokens> tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		OwnerTokens resolver = tokens.getIfAvailable();
		if (resolver != null && header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			Optional<Owner> owner = resolver.owner(header.substring(PREFIX.length()).strip());
			owner.ifPresent(o -> SecurityContextHolder.getContext().setAuthentication(new SignedInOwner(o)));
		}
		chain.doFilter(request, response);
	}

}
