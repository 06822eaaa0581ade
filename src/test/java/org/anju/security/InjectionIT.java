package org.anju.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * SQL injection: every query parameter of every list, search and report endpoint of the API
 * (found from the handler mapping, so new parameters are covered too) is sent classic injection
 * strings by project A's manager. Each answer is a refusal (400) or a normal answer — never a
 * server error, never a row of project B — and the complaint table is still there afterwards.
 */
class InjectionIT extends ApiTest {

	static final List<String> PAYLOADS = List.of("' OR 1=1 --", "%' --", "1;drop table complaint",
			"receivedAt;drop table complaint--", "\" OR \"\"=\"", "1 UNION SELECT username FROM staff--");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void injectionStringsInEveryQueryParameterAreHarmless() throws Exception {
		ProjectFixture a = fixtures.project();
		ProjectFixture b = fixtures.project();
		post("/api/v1/complaints", a.agent(), Map.of("residentId", a.residentIds().get(0), "channel", "PHONE",
				"content", "A项目：电梯坏了", "topic", "ELEVATOR_FAULT")).expect(201);
		post("/api/v1/complaints", b.agent(), Map.of("residentId", b.residentIds().get(0), "channel", "PHONE",
				"content", "B项目机密投诉", "topic", "ELEVATOR_FAULT")).expect(201);
		List<String> problems = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
			var methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				// the providers' hooks answer 503 on purpose while the provider is not configured
				if (!pattern.startsWith("/api/") || pattern.startsWith("/api/v1/hooks/")
						|| pattern.contains("{") && !pattern.contains("{projectId}")) {
					continue;
				}
				String path = pattern.replace("{projectId}", Long.toString(a.projectId()));
				for (String parameter : queryParameters(entry.getValue())) {
					for (String payload : PAYLOADS) {
						var request = MockMvcRequestBuilders.get(path).param(parameter, payload)
							.with(httpBasic(a.manager(), PASSWORD));
						if (!parameter.equals("projectId")) {
							request.param("projectId", Long.toString(a.projectId()));
						}
						var response = mvc.perform(request).andReturn().getResponse();
						calls++;
						String body = response.getContentAsString(StandardCharsets.UTF_8);
						if (response.getStatus() >= 500 || body.contains("B项目机密投诉") || body.contains(b.agent())) {
							problems.add("GET " + path + "?" + parameter + "=" + payload + " -> " + response.getStatus()
									+ " " + body.substring(0, Math.min(200, body.length())));
						}
					}
				}
			}
		}
		assertThat(calls).as("parameters found and tried").isGreaterThan(200);
		assertThat(problems).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class)).isGreaterThanOrEqualTo(2);
		var search = get("/api/v1/complaints?q=" + java.net.URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8)
				+ "&projectId=" + a.projectId(), a.manager()).expect(200);
		assertThat(search.get("content")).as("the injection finds nothing").isEmpty();
	}

	static List<String> queryParameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation != null) {
				String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
		}
		return names;
	}

}
