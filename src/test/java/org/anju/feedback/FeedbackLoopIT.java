package org.anju.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.anju.platform.security.Owner;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop after a resolution: the rating request and its reminder, a low score to the review
 * team, the second follow-up, reopen, resolve, a good score and close; the auto-close without
 * feedback; the callback; and the measures on a known data set.
 */
class FeedbackLoopIT extends ApiTest {

	@Autowired
	Clock clock;

	@Autowired
	Ratings ratings;

	@Autowired
	Reviews reviews;

	@Autowired
	FeedbackRequests requests;

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	Owner owner;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		owner = new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), "业主11");
	}

	@Test
	void aLowScoreIsReviewedReopenedResolvedAgainAndClosedOnAGoodScore() throws Exception {
		long id = resolved();
		assertThat(requestState(id, 0)).isEqualTo("WAITING");
		assertThat(messages("resolved:" + id + ":%")).as("the rating request").isPositive();

		Instant later = Instant.now().plus(Duration.ofDays(3));
		requests.remind(later);
		requests.remind(later);
		assertThat(messages("rating-reminder:" + id + ":0:%")).as("reminded once").isEqualTo(1);
		assertThat(jdbc.queryForObject("select max(body) from notification_message where idempotency_key like ?",
				String.class, "rating-reminder:" + id + ":0:%")).contains("/owner/complaints/" + id);

		ratings.rate(id, owner, 2, true, "修得太慢");
		assertThat(status(id)).isEqualTo("RESOLVED");
		assertThat(requestState(id, 0)).isEqualTo("ANSWERED");
		assertThat(reviews.openComplaintIds(Set.of(p.projectId()), 100)).containsExactly(id);
		long review = get("/api/v1/complaints/" + id + "/reviews", p.reviewer()).expect(200).get(0).get("id").asLong();
		assertThat(get("/api/v1/complaints/" + id + "/reviews", p.reviewer()).expect(200).get(0).get("reason").asString())
			.isEqualTo("LOW_SCORE");

		assertThat(post("/api/v1/reviews/" + review + "/take", p.staff(), null).status()).isEqualTo(403);
		String sameDepartment = fixtures.staff(p.projectId(), "REVIEWER", "ENGINEERING");
		assertThat(post("/api/v1/reviews/" + review + "/take", sameDepartment, null).status())
			.as("no review of one's own department").isEqualTo(403);
		assertThat(post("/api/v1/reviews/" + review + "/take", fixtures.project().reviewer(), null).status())
			.isEqualTo(404);
		post("/api/v1/reviews/" + review + "/take", p.reviewer(), null).expect(200);
		assertThat(post("/api/v1/reviews/" + review + "/take", p.reviewer(), null).status()).isEqualTo(409);
		post("/api/v1/reviews/" + review + "/findings", p.reviewer(), Map.of("text", "电话回访业主，维修拖了三天，答应今天再派人"))
			.expect(200);
		post("/api/v1/complaints/" + id + "/reopen", p.reviewer(), Map.of("reason", "复查：维修质量不达标")).expect(200);
		String other = fixtures.staff(p.projectId(), "STAFF", "ENGINEERING");
		post("/api/v1/complaints/" + id + "/reassign", p.reviewer(),
				Map.of("assigneeId", fixtures.staffId(other), "reason", "换一位师傅")).expect(200);
		assertThat(get("/api/v1/complaints/" + id + "/reviews", p.reviewer()).expect(200)).as("still one review")
			.hasSize(1);

		post("/api/v1/complaints/" + id + "/start", other, null).expect(200);
		post("/api/v1/complaints/" + id + "/resolve", other, Map.of("summary", "重新更换管件")).expect(200);
		assertThat(requestState(id, 1)).isEqualTo("WAITING");
		ratings.rate(id, owner, 5, true, "这次满意");
		assertThat(status(id)).isEqualTo("CLOSED");
		JsonNode finished = post("/api/v1/reviews/" + review + "/finish", p.reviewer(), Map.of("outcome", "SATISFIED"))
			.expect(200);
		assertThat(finished.get("findings").asString()).contains("维修拖了三天");
		assertThat(reviews.openComplaintIds(Set.of(p.projectId()), 100)).isEmpty();

		JsonNode m = measures("PROJECT").get(0);
		assertThat(m.get("group").asString()).isEqualTo(String.valueOf(p.projectId()));
		assertThat(m.get("resolutions").asLong()).isEqualTo(2);
		assertThat(m.get("feedbackRate").asDouble()).isEqualTo(1.0);
		assertThat(m.get("averageStars").asDouble()).isEqualTo(3.5);
		assertThat(m.get("satisfactionRate").asDouble()).isEqualTo(0.5);
		assertThat(m.get("reviewsDone").asLong()).isEqualTo(1);
		assertThat(m.get("satisfiedAfterReview").asDouble()).isEqualTo(1.0);
	}

	@Test
	void aResolutionNobodyRatesIsClosedAsNoFeedback() throws Exception {
		long id = resolved();
		requests.closeUnanswered(Instant.now().plus(Duration.ofDays(6)));
		assertThat(status(id)).isEqualTo("RESOLVED");
		requests.closeUnanswered(Instant.now().plus(Duration.ofDays(8)));
		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(requestState(id, 0)).isEqualTo("NO_FEEDBACK");
		assertThat(get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).toString()).contains("按无反馈办结");
		assertThat(measures("PROJECT").get(0).get("feedbackRate").asDouble()).isEqualTo(0.0);
	}

	@Test
	void theCallbackClosesASatisfiedOwnersComplaintAndReviewsAnUnsatisfiedOne() throws Exception {
		long open = registered();
		assertThat(post("/api/v1/complaints/" + open + "/callback", p.agent(),
				Map.of("method", "PHONE", "outcome", "SATISFIED")).status()).isEqualTo(409);

		long satisfied = resolved();
		post("/api/v1/complaints/" + satisfied + "/callback", p.agent(),
				Map.of("method", "PHONE", "outcome", "SATISFIED", "stars", 5, "note", "业主说修好了")).expect(204);
		assertThat(status(satisfied)).isEqualTo("CLOSED");
		assertThat(get("/api/v1/complaints/" + satisfied + "/timeline", p.agent()).expect(200).toString())
			.contains("回访：满意，5星");

		long unreachable = resolved();
		post("/api/v1/complaints/" + unreachable + "/callback", p.agent(),
				Map.of("method", "PHONE", "outcome", "UNREACHABLE")).expect(204);
		assertThat(status(unreachable)).isEqualTo("RESOLVED");
		assertThat(requestState(unreachable, 0)).isEqualTo("WAITING");

		long unhappy = resolved();
		post("/api/v1/complaints/" + unhappy + "/callback", p.agent(),
				Map.of("method", "VISIT", "outcome", "NOT_SATISFIED", "note", "墙面还有水印")).expect(204);
		assertThat(reviews.openFor(unhappy)).map(ReviewRef::reason).contains("CALLBACK");
		assertThat(post("/api/v1/complaints/" + unhappy + "/callback", p.staff(),
				Map.of("method", "PHONE", "outcome", "SATISFIED")).status()).isEqualTo(403);
	}

	@Test
	void theMeasuresMatchAHandCountedDataSet() throws Exception {
		long a = resolved();
		long b = resolved();
		long c = resolved();
		resolved(); // d: no feedback yet
		ratings.rate(a, owner, 5, true, null);
		ratings.rate(b, owner, 3, true, "一般");
		post("/api/v1/complaints/" + c + "/callback", p.agent(),
				Map.of("method", "PHONE", "outcome", "SATISFIED", "stars", 4)).expect(204);
		long review = reviews.openFor(b).orElseThrow().id();
		post("/api/v1/reviews/" + review + "/take", p.reviewer(), null).expect(200);
		post("/api/v1/reviews/" + review + "/finish", p.reviewer(), Map.of("outcome", "NOT_SATISFIED")).expect(200);

		Map<String, String> groups = Map.of("PROJECT", String.valueOf(p.projectId()), "DEPARTMENT", "ENGINEERING",
				"ALL", "ALL");
		for (String by : groups.keySet()) {
			JsonNode m = measures(by).get(0);
			assertThat(m.get("group").asString()).isEqualTo(groups.get(by));
			assertThat(m.get("resolutions").asLong()).isEqualTo(4);
			assertThat(m.get("answered").asLong()).isEqualTo(3);
			assertThat(m.get("feedbackRate").asDouble()).isEqualTo(0.75);
			assertThat(m.get("ratings").asLong()).isEqualTo(3);
			assertThat(m.get("averageStars").asDouble()).isEqualTo(4.0);
			assertThat(m.get("satisfactionRate").asDouble()).isEqualTo(2 / 3.0);
			assertThat(m.get("callbacks").asLong()).isEqualTo(1);
			assertThat(m.get("callbacksOnTime").asDouble()).isEqualTo(1.0);
			assertThat(m.get("reviewsDone").asLong()).isEqualTo(1);
			assertThat(m.get("satisfiedAfterReview").asDouble()).isEqualTo(0.0);
		}
		assertThat(get("/api/v1/feedback/measures?projectId=" + p.projectId() + "&from=2026-01-01&to=2026-01-02",
				fixtures.project().manager()).status()).isEqualTo(404);
	}

	JsonNode measures(String by) throws Exception {
		String today = LocalDate.now(clock).toString(); // the company's day, not the machine's (UTC)
		return get("/api/v1/feedback/measures?projectId=" + p.projectId() + "&from=" + today + "&to=" + today + "&by="
				+ by, p.manager()).expect(200);
	}

	String requestState(long complaintId, int round) {
		return jdbc.queryForObject("select state from feedback_request where complaint_id = ? and round = ?",
				String.class, complaintId, round);
	}

	long messages(String keyLike) {
		return jdbc.queryForObject("select count(*) from notification_message where idempotency_key like ?",
				Long.class, keyLike);
	}

	long registered() throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "卫生间天花板漏水 " + unique(""), "topic", "WATER_LEAK")).expect(201).get("id").asLong();
	}

	long resolved() throws Exception {
		long id = registered();
		fixtures.resolve(p, id, "已维修");
		return id;
	}

	String status(long id) throws Exception {
		return get("/api/v1/complaints/" + id, p.agent()).expect(200).get("status").asString();
	}

}
