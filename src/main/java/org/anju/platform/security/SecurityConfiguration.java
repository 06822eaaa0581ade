package org.anju.platform.security;

import java.util.Map;

import org.anju.platform.ops.MetricsAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API: every call is authenticated (HTTP Basic over a staff account, a staff API token
 * for integrations, or an owner's bearer token from the portal's code login; no session, so no CSRF token is needed); only the health probe and the providers' hooks are open, and each hook
 * checks the shared secret of its provider. An owner's token is confined to {@code /api/v1/owner/**}
 * here already, so that no staff handler ever runs (and validates input) for an owner. Roles and project visibility are checked
 * by the modules themselves through {@link Actor}. The staff console's pages have their own
 * filter chain (session login with CSRF protection), ordered after this one.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** The paths of the API chain; everything else belongs to the pages. */
	public static final String[] API = { "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<OwnerTokens> ownerTokens,
			ObjectProvider<StaffTokens> staffTokens,
			@Value("${anju.ops.metrics.token:}") String metricsToken) throws Exception {
		ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
		http.securityMatcher(API)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				// providers' callbacks (delivery receipts…): each hook checks its own shared secret
				.requestMatchers("/api/v1/hooks/**").permitAll()
				// owners ask for a one-time code and trade it for a token
				.requestMatchers("/api/v1/owner/login/**").permitAll()
				// Prometheus: an administrator, or the scraper's token (ANJU_METRICS_TOKEN)
				.requestMatchers("/actuator/prometheus").access(new MetricsAccess(metricsToken))
				.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				// an owner's token opens the owners' API and nothing else; staff accounts never open it
				.requestMatchers("/api/v1/owner/**").access((who, context) -> new AuthorizationDecision(owner(who.get())))
				.anyRequest().access((who, context) -> new AuthorizationDecision(staff(who.get()))))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(ownerTokens, staffTokens), BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(Customizer.withDefaults());
		return http.build();
	}

	/** Signed in as an owner (bearer token, or any other owner sign-in): what {@link CurrentOwner} accepts. */
	private static boolean owner(Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof OwnerPrincipal;
	}

	/** Signed in, and not as an owner: a staff account. */
	private static boolean staff(Authentication auth) {
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) && !owner(auth);
	}

	/** BCrypt, with the id prefix so that the algorithm can change later; tests lower the cost. */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${anju.security.bcrypt-strength:10}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

}
