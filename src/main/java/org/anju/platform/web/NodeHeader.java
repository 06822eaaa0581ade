package org.anju.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the node that answered in an {@code X-Anju-Node} header when {@code anju.node-name}
 * ({@code ANJU_NODE_NAME}) is set: with several nodes behind a load balancer, operators and the
 * two-node test see which one served a request. Unset, no header: an anonymous visitor learns
 * nothing about the machines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeHeader extends OncePerRequestFilter {

	static final String HEADER = "X-Anju-Node";

	private final String node;

	NodeHeader(@Value("${anju.node-name:}") String node) {
		this.node = node.strip();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!node.isEmpty()) {
			response.setHeader(HEADER, node);
		}
		chain.doFilter(request, response);
	}

}
