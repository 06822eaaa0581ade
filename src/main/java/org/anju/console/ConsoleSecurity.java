package org.anju.console;

import org.anju.organisation.Organisation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The pages: a session login with the staff accounts, CSRF protection on every form and htmx
 * request, and a content security policy that runs only Anju's own scripts — so that text a
 * user typed can never become code. The session ends after {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	@Bean
	@Order(3) // after the API's chain and the owners' pages
	SecurityFilterChain pages(HttpSecurity http, Organisation organisation) throws Exception {
		http.addFilterBefore(new StaleSessionFilter(organisation), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
		return http.build();
	}

}
