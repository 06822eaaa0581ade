package org.anju.platform.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: an administrator (HTTP Basic), or Prometheus with the
 * scrape token from {@code ANJU_METRICS_TOKEN} as {@code Authorization: Bearer …} — a scraper
 * should not hold a staff password. No token configured = administrators only. The token is
 * compared in constant time. Built by the API's security chain (also in web-slice tests).
 */
public class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private static final String PREFIX = "Bearer ";

	private final byte[] token;

	public MetricsAccess(String token) {
		this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(isAdmin(authentication.get()) || hasToken(context.getRequest()));
	}

	private static boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
			.stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

	private boolean hasToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (token == null || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		byte[] given = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(token, given);
	}

}
