package org.anju.platform.web;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page or filter that failed because the database is out of reach is answered 503; other failures pass on. */
class OutageFilterTest {

	private final OutageFilter filter = new OutageFilter();

	@Test
	void aBrowserGetsAPageThatTriesAgain() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/queues/mine");
		request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.getWriter().write("half a page");
		filter.doFilter(request, response, (req, res) -> {
			throw new ServletException("Request processing failed",
					new CannotCreateTransactionException("Could not open JDBC Connection"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("服务暂时不可用", "http-equiv=\"refresh\"")
			.doesNotContain("half a page");
	}

	@Test
	void anythingElseGetsTheProblemDocument() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			throw new CannotCreateTransactionException("Could not open JDBC Connection");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503");
	}

	@Test
	void otherFailuresPassOn() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/queues/mine");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
			throw new InvalidDataAccessApiUsageException("a bug");
		})).isInstanceOf(InvalidDataAccessApiUsageException.class);
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
