package org.anju.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.anju.platform.security.Actor;
import org.anju.platform.security.ActorPrincipal;
import org.anju.platform.security.Role;
import org.anju.platform.security.SecurityConfiguration;
import org.anju.platform.web.NotFoundException;
import org.anju.triage.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complaint API's HTTP contract alone: mapping, validation, If-Match and problem documents. */
@WebMvcTest(ComplaintController.class)
@Import({ SecurityConfiguration.class, ComplaintControllerWebTest.FixedClock.class })
class ComplaintControllerWebTest {

	static final Actor AGENT = new Actor(7, "agent", "王管家", Set.of(Role.AGENT), Set.of(1L));

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	record Principal(Actor actor) implements ActorPrincipal {
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Complaints complaints;

	static RequestPostProcessor agent() {
		return authentication(new UsernamePasswordAuthenticationToken(new Principal(AGENT), null, List.of()));
	}

	static Complaint complaint(long version) {
		Complaint c = Complaint.register("TS20261122-0001", 1, new Complainant(3L, 2L, 1L, "张三", "13800000000", null, "1栋1单元101"),
				Channel.PHONE, Instant.parse("2026-11-22T01:00:00Z"), "漏水", "楼上漏水", null,
				new Classification("WATER_LEAK", "FACILITY", "ENGINEERING", Urgency.URGENT), AGENT,
				Instant.parse("2026-11-22T01:00:00Z"));
		ReflectionTestUtils.setField(c, "id", 42L);
		ReflectionTestUtils.setField(c, "version", version);
		return c;
	}

	@Test
	void registerAnswers201WithLocationAndETag() throws Exception {
		when(complaints.register(any(), eq(AGENT))).thenReturn(complaint(0));
		mvc.perform(post("/api/v1/complaints").with(agent()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":3,\"channel\":\"PHONE\",\"content\":\"楼上漏水\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/complaints/42"))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.number").value("TS20261122-0001"))
			.andExpect(jsonPath("$.complainant.address").value("1栋1单元101"));
	}

	@Test
	void missingFieldsAre400WithEveryFieldAndReachNoService() throws Exception {
		mvc.perform(post("/api/v1/complaints").with(agent()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("channel", "content")));
		verifyNoInteractions(complaints);
	}

	@Test
	void malformedJsonIs400() throws Exception {
		mvc.perform(post("/api/v1/complaints").with(agent()).contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void ifMatchIsPassedOnAsTheExpectedVersion() throws Exception {
		when(complaints.start(eq(42L), eq(5L), eq(AGENT))).thenReturn(complaint(6));
		mvc.perform(post("/api/v1/complaints/42/start").with(agent()).header("If-Match", "W/\"5\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"6\""));
		verify(complaints).start(42L, 5L, AGENT);
	}

	@Test
	void unreadableIfMatchIs400() throws Exception {
		mvc.perform(post("/api/v1/complaints/42/start").with(agent()).header("If-Match", "\"abc\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
	}

	@Test
	void illegalTransitionIs409NamingTheCurrentState() throws Exception {
		when(complaints.resolve(anyLong(), any(), isNull(), any()))
			.thenThrow(new IllegalTransitionException("TS20261122-0001", "be resolved", ComplaintStatus.RECEIVED));
		mvc.perform(post("/api/v1/complaints/42/resolve").with(agent()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\":\"修好了\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentState").value("RECEIVED"));
	}

	@Test
	void concurrentChangeIs409() throws Exception {
		when(complaints.cancel(anyLong(), any(), isNull(), any()))
			.thenThrow(new ObjectOptimisticLockingFailureException(Complaint.class, 42L));
		mvc.perform(post("/api/v1/complaints/42/cancel").with(agent()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"重复\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Stale update"));
	}

	@Test
	void unknownComplaintIs404() throws Exception {
		when(complaints.get(99L, AGENT)).thenThrow(new NotFoundException("Complaint", 99L));
		mvc.perform(get("/api/v1/complaints/99").with(agent()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Complaint 99 not found"));
	}

	@Test
	void anonymousCallIs401() throws Exception {
		mvc.perform(get("/api/v1/complaints/42")).andExpect(status().isUnauthorized());
		verifyNoInteractions(complaints);
	}

	@Test
	void listRefusesUnknownSortAndOversizePages() throws Exception {
		mvc.perform(get("/api/v1/complaints?sort=content").with(agent())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/complaints?size=1000").with(agent())).andExpect(status().isBadRequest());
		verifyNoInteractions(complaints);
	}

}
