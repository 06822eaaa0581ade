package org.anju.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix: every handler the application maps is called as an anonymous caller,
 * as an owner (bearer token) and as the MANAGER of project A on the objects of project B. A new
 * endpoint is enumerated here automatically, so one added without authorisation makes this test
 * fail unless it is put on the explicit allow-list below.
 */
class EndpointAuthorisationIT extends ApiTest {

	/** An id that no object has: used where a path variable cannot be filled with one of B's objects. */
	static final String NONE = "987654321";

	/**
	 * API endpoints that are public BY DESIGN (no authentication): each protects itself otherwise.
	 */
	static final List<String> PUBLIC_API = List.of(
			// the WeChat server's callback: checked by the signature over the shared token
			"/api/v1/hooks/wechat",
			// the SMS provider's delivery receipts: checked by the receipt token
			"/api/v1/hooks/sms-receipts",
			// owners ask for a one-time code and trade it for a token (rate-limited, see RateLimitIT)
			"/api/v1/owner/login/code", "/api/v1/owner/login");

	/** Pages that anyone may open without signing in. */
	static final List<String> PUBLIC_PAGES = List.of(
			// the staff login form and Boot's error page
			"/login", "/error",
			// the public complaint board of a project (no personal data, owners' names masked)
			"/board", "/board/{projectId}", "/board/{projectId}/screen",
			// the owners' sign-in pages
			"/owner/login", "/owner/login/**");

	/**
	 * Endpoints with a path variable that names no project's object: templates are one set for the
	 * whole installation (read by managers, changed by admins only — see RoleEscalationIT).
	 */
	static final List<String> NOT_PROJECT_SCOPED = List.of("/api/v1/notification/templates/{code}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture a;

	ProjectFixture b;

	Map<String, String> ofB;

	/** Texts that only B's data contains: its complaint, its staff, its residents' names. */
	List<String> bMarkers;

	@BeforeEach
	void twoProjects() throws Exception {
		a = fixtures.project();
		b = fixtures.project();
		long complaint = post("/api/v1/complaints", b.agent(), Map.of("residentId", b.residentIds().get(0), "channel",
				"PHONE", "content", "B项目的投诉：电梯坏了", "topic", "ELEVATOR_FAULT")).expect(201).get("id").asLong();
		bMarkers = List.of("B项目的投诉", b.agent(), b.staff(), b.supervisor(), b.manager(), b.reviewer(),
				"\"id\":" + complaint + ",");
		JsonNode household = get("/api/v1/households/" + b.householdIds().get(0), b.agent()).expect(200);
		ofB = Map.of("complaints", Long.toString(complaint), "households", b.householdIds().get(0).toString(),
				"residents", b.residentIds().get(0).toString(), "projects", Long.toString(b.projectId()), "buildings",
				b.buildingIds().get(0).toString(), "companies", Long.toString(b.companyId()), "staff",
				Long.toString(fixtures.staffId(b.agent())), "units",
				household.has("unitId") ? household.get("unitId").asString() : NONE);
	}

	@Test
	void everyApiEndpointRefusesStrangersOwnersAndOtherProjectsStaff() throws Exception {
		String ownerOfA = SecurityFixtures.ownerToken(this, jdbc, a, 0);
		List<String> holes = new ArrayList<>();
		List<Endpoint> endpoints = endpoints().stream().filter(e -> e.pattern.startsWith("/api/")).toList();
		assertThat(endpoints).as("the handler mapping is enumerated").hasSizeGreaterThan(150);
		for (Endpoint e : endpoints) {
			if (PUBLIC_API.contains(e.pattern)) {
				continue;
			}
			String path = fill(e);
			int anonymous = call(e, path, null, Map.of());
			expect(holes, e, "anonymous", anonymous, Set.of(401));

			boolean ownersApi = e.pattern.startsWith("/api/v1/owner/");
			int owner = call(e, path, null, SecurityFixtures.bearer(ownerOfA));
			if (ownersApi) {
				// an owner of A's household on B's objects
				if (e.targetsObjects) {
					expect(holes, e, "owner of another household", owner, refusedOrInvalid(e));
				}
				expect(holes, e, "staff on the owners' API", call(e, path, a.manager()).status(), Set.of(401, 403));
			}
			else {
				expect(holes, e, "owner token on the staff API", owner, Set.of(401, 403));
				if (e.targetsObjects && !NOT_PROJECT_SCOPED.contains(e.pattern)) {
					Response answer = call(e, path, a.manager());
					if (e.pattern.contains("{") || answer.status() != 200) {
						expect(holes, e, "manager of project A on B's objects", answer.status(), refusedOrInvalid(e));
					}
					else {
						// a list filtered by B's project may answer, but with nothing of B's
						String body = answer.result().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
						bMarkers.stream().filter(body::contains).forEach(marker -> holes
							.add(e.method + " " + e.pattern + " as manager of project A lists B's " + marker));
					}
				}
			}
		}
		assertThat(holes).as("endpoints that answer where they must refuse").isEmpty();
	}

	@Test
	void everyPageRedirectsStrangersToALogin() throws Exception {
		List<String> holes = new ArrayList<>();
		for (Endpoint e : endpoints()) {
			if (e.pattern.startsWith("/api/") || PUBLIC_PAGES.stream().anyMatch(p -> matches(p, e.pattern))
					|| e.method != HttpMethod.GET) {
				continue;
			}
			var response = mvc.perform(MockMvcRequestBuilders.get(path(e.pattern))).andReturn().getResponse();
			boolean toLogin = response.getStatus() == 302 && response.getRedirectedUrl() != null
					&& response.getRedirectedUrl().contains("login");
			if (!toLogin && response.getStatus() != 401 && response.getStatus() != 403) {
				holes.add("GET " + e.pattern + " anonymous -> " + response.getStatus());
			}
		}
		assertThat(holes).as("pages open without a login").isEmpty();
	}

	/**
	 * GETs must be refused outright. A write may also end in 400 (its body is checked before the
	 * handler runs) or 415 (a multipart upload) — never in success or a server error.
	 */
	static Set<Integer> refusedOrInvalid(Endpoint e) {
		return e.method == HttpMethod.GET ? Set.of(403, 404) : Set.of(400, 403, 404, 409, 415);
	}

	static void expect(List<String> holes, Endpoint e, String who, int status, Set<Integer> allowed) {
		if (!allowed.contains(status)) {
			holes.add(e.method + " " + e.pattern + " as " + who + " -> " + status + " (expected " + allowed + ")");
		}
	}

	int call(Endpoint e, String path, String user, Map<String, String> headers) throws Exception {
		Object body = e.method == HttpMethod.POST || e.method == HttpMethod.PUT || e.method == HttpMethod.PATCH ? "{}"
				: null;
		return call(e.method, path, user, body, headers).status();
	}

	Response call(Endpoint e, String path, String user) throws Exception {
		Object body = e.method == HttpMethod.POST || e.method == HttpMethod.PUT || e.method == HttpMethod.PATCH ? "{}"
				: null;
		return call(e.method, path, user, body);
	}

	/**
	 * Fills each path variable with one of B's objects where the variable names one, else a
	 * nonexistent id; the query names B's project and a period for the handlers that take them.
	 */
	String fill(Endpoint e) {
		StringBuilder query = new StringBuilder();
		for (MethodParameter parameter : e.handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestParam.class)) {
				String name = requestParamName(parameter);
				String value = queryValue(name, parameter.getParameterType());
				if (value != null) {
					query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
				}
			}
		}
		return path(e.pattern) + query;
	}

	String queryValue(String name, Class<?> type) {
		return switch (name) {
			case "projectId" -> ofB.get("projects");
			case "householdId" -> ofB.get("households");
			case "month" -> "2026-01";
			case "week" -> "2026-W02";
			default -> type == java.time.LocalDate.class ? "2026-01-05"
					: type == java.time.Instant.class ? "2026-01-05T00:00:00Z" : null;
		};
	}

	String path(String pattern) {
		StringBuilder path = new StringBuilder();
		String previous = "";
		for (String segment : pattern.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			path.append('/');
			if (segment.equals("**")) {
				path.append("x");
				continue;
			}
			Matcher variable = Pattern.compile("\\{(\\w+)(?::([^}]*))?}").matcher(segment);
			if (segment.contains("{")) {
				String before = previous;
				path.append(variable.replaceAll(m -> Matcher.quoteReplacement(value(m.group(1), m.group(2), before))));
			}
			else {
				path.append(segment);
				previous = segment;
			}
		}
		return path.toString();
	}

	String value(String name, String regex, String previous) {
		if (regex != null && !regex.isBlank()) {
			return regex.split("\\|")[0];
		}
		return switch (name) {
			case "id" -> ofB.getOrDefault(previous, NONE);
			case "projectId" -> ofB.get("projects");
			case "householdId" -> ofB.get("households");
			case "buildingId" -> ofB.get("buildings");
			case "unitId" -> ofB.get("units");
			case "topic" -> "ELEVATOR_FAULT";
			case "code" -> "CUSTOMER_SERVICE";
			case "date" -> "2026-01-05";
			case "plate" -> "粤B12345";
			case "slug", "key", "orderNumber" -> "x";
			case "position", "index" -> "0";
			default -> NONE;
		};
	}

	static boolean matches(String publicPattern, String pattern) {
		return publicPattern.endsWith("/**") ? pattern.startsWith(publicPattern.substring(0, publicPattern.length() - 3))
				: publicPattern.equals(pattern);
	}

	/** Every (method, pattern) the application maps, sorted, one per line. */
	List<Endpoint> endpoints() {
		Set<Endpoint> all = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean projectParameter = java.util.Arrays.stream(entry.getValue().getMethodParameters())
				.anyMatch(p -> p.hasParameterAnnotation(RequestParam.class)
						&& Set.of("projectId", "householdId").contains(requestParamName(p)));
			for (String pattern : info.getPatternValues()) {
				boolean targets = pattern.contains("{") || projectParameter;
				if (methods.isEmpty()) {
					all.add(new Endpoint(HttpMethod.GET, pattern, targets, entry.getValue()));
				}
				methods.forEach(m -> all.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, targets, entry.getValue())));
			}
		}
		return List.copyOf(all);
	}

	static String requestParamName(MethodParameter parameter) {
		RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
		String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
		parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return name.isEmpty() ? parameter.getParameterName() : name;
	}

	/** A mapped method and pattern; {@code targetsObjects} when a path variable or a project/household parameter names what it acts on. */
	record Endpoint(HttpMethod method, String pattern, boolean targetsObjects, HandlerMethod handler) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
		}

	}

}
