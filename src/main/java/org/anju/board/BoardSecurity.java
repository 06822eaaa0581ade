package org.anju.board;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public board under {@code /board}: open to everyone, never a login and never a session (a
 * lobby screen or a passer-by's phone keeps no state here), and the console's strict content
 * security policy. It only answers GET requests, so there is no form to protect with a CSRF token.
 * Ordered before the console's chain, which takes every other page.
 */
@Configuration(proxyBeanMethods = false)
class BoardSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain boardPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/board", "/board/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
		return http.build();
	}

}
