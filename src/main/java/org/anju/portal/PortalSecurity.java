package org.anju.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anju.platform.security.Owner;
import org.anju.platform.security.SignedInOwner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The owners' pages under {@code /owner}: a session of their own (kept under its own key, so that
 * an owner's sign-in never opens the staff console and a staff login never opens an owner's
 * pages), CSRF on every form, and the console's strict content security policy. Ordered before
 * the console's chain, which takes every other page.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

	static final String CONTEXT_KEY = "ANJU_OWNER_SECURITY_CONTEXT";

	private static final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	static {
		contexts.setSpringSecurityContextKey(CONTEXT_KEY);
	}

	@Bean
	@Order(2)
	SecurityFilterChain ownerPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/owner/**")
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/owner/login", "/owner/login/**").permitAll()
				.anyRequest().hasRole("OWNER"))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/owner/login")))
			.logout(logout -> logout.logoutUrl("/owner/logout").logoutSuccessUrl("/owner/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Starts the owner's session after a code was verified: a new session id (against fixation),
	 * a fresh CSRF token, and the owner's authentication under the portal's own key.
	 */
	static void signIn(Owner owner, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		SignedInOwner authentication = new SignedInOwner(owner);
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()).onAuthentication(authentication, request,
				response);
	}

}
