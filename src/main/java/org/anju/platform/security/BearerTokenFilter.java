package org.anju.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in by an {@code Authorization: Bearer} token: a staff API token (it starts with
 * {@link StaffTokens#PREFIX}) or the token of an owner's app or mini-program. An unknown token is
 * not an error here: the request simply stays anonymous and the chain answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ObjectProvider<OwnerTokens> ownerTokens;

	private final ObjectProvider<StaffTokens> staffTokens;

	BearerTokenFilter(ObjectProvider<OwnerTokens> ownerTokens, ObjectProvider<StaffTokens> staffTokens) {
		this.ownerTokens = ownerTokens;
		this.staffTokens = staffTokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = header.substring(BEARER.length()).strip();
			var context = SecurityContextHolder.getContext();
			if (token.startsWith(StaffTokens.PREFIX)) {
				StaffTokens staff = staffTokens.getIfAvailable();
				if (staff != null) {
					staff.actor(token).ifPresent(actor -> context.setAuthentication(new SignedInStaff(actor)));
				}
			}
			else {
				OwnerTokens owners = ownerTokens.getIfAvailable();
				if (owners != null) {
					owners.owner(token).ifPresent(owner -> context.setAuthentication(new SignedInOwner(owner)));
				}
			}
		}
		chain.doFilter(request, response);
	}

}
