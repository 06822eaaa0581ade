package org.anju.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The board is anonymous, so nothing but the client's address can be limited: each IP address
 * may load at most {@code anju.board.rate-limit.per-minute} board pages a minute (a fixed window);
 * beyond that the answer is 429 (problem+json) with Retry-After until the window ends. A lobby
 * screen reloads every five minutes and a reader clicks a few pages, far below the limit; a
 * scraper or a flood is not. Behind a reverse proxy the address is the one the proxy reports,
 * when {@code server.forward-headers-strategy} trusts it. Counts live in this node's memory: with
 * several nodes the limit applies per node, which is enough against a flood.
 */
@Configuration(proxyBeanMethods = false)
class BoardRateLimit {

	@Bean
	FilterRegistrationBean<Limiter> boardRateLimiter(Clock clock,
			@Value("${anju.board.rate-limit.per-minute:60}") int perMinute) {
		FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(new Limiter(clock, perMinute));
		registration.addUrlPatterns("/board", "/board/*");
		return registration;
	}

	static final class Limiter extends OncePerRequestFilter {

		private static final Duration WINDOW = Duration.ofMinutes(1);

		/** Beyond this many addresses, windows that ended are dropped. */
		private static final int TIDY_ABOVE = 10_000;

		private final Clock clock;

		private final int perMinute;

		private final Map<String, Window> windows = new ConcurrentHashMap<>();

		Limiter(Clock clock, int perMinute) {
			this.clock = clock;
			this.perMinute = perMinute;
		}

		private record Window(Instant start, int count) {
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Instant now = clock.instant();
			if (windows.size() > TIDY_ABOVE) {
				windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
			}
			Window window = windows.compute(request.getRemoteAddr(),
					(ip, w) -> w == null || !now.isBefore(w.start().plus(WINDOW)) ? new Window(now, 1)
							: new Window(w.start(), w.count() + 1));
			if (window.count() <= perMinute) {
				chain.doFilter(request, response);
				return;
			}
			long retryAfter = Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
					+ "\"detail\":\"At most " + perMinute + " board pages a minute from one address; try again in "
					+ retryAfter + " s\",\"instance\":\"" + request.getRequestURI().replaceAll("[^A-Za-z0-9/_-]", "")
					+ "\"}");
		}

	}

}
