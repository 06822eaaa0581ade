package org.anju.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.platform.security.Owner;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Owners rate resolved complaints: a good rating closes, "not solved" reopens, the rest waits for the callback. */
class RatingsIT extends ApiTest {

	@Autowired
	Clock clock;

	@Autowired
	Ratings ratings;

	@Autowired
	Complaints complaints;

	ProjectFixture p;

	Owner owner;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		owner = new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), "业主11");
	}

	@Test
	void aGoodRatingClosesTheComplaintOnce() throws Exception {
		long id = resolved();
		RatingRef rating = ratings.rate(id, owner, 5, true, "  师傅很负责  ");
		assertThat(rating.comment()).isEqualTo("师傅很负责");
		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).toString())
			.contains("业主11（业主）", "业主评价5星：师傅很负责");
		assertThatThrownBy(() -> ratings.rate(id, owner, 4, true, null)).isInstanceOf(ConflictException.class);
		assertThat(get("/api/v1/complaints/" + id + "/ratings", p.agent()).expect(200)).hasSize(1);
	}

	@Test
	void notSolvedReopensAndTheNextResolutionIsRatedAgain() throws Exception {
		long id = resolved();
		ratings.rate(id, owner, 2, false, "还在漏");
		assertThat(status(id)).isEqualTo("REOPENED");
		assertThatThrownBy(() -> ratings.rate(id, owner, 5, true, null)).isInstanceOf(ConflictException.class);
		post("/api/v1/complaints/" + id + "/start", p.staff(), Map.of()).expect(200);
		post("/api/v1/complaints/" + id + "/resolve", p.staff(), Map.of("summary", "更换了管件")).expect(200);
		ratings.rate(id, owner, 4, true, null);
		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(ratings.of(id)).extracting(RatingRef::stars).containsExactly(2, 4);
		assertThat(ratings.latest(id)).map(RatingRef::stars).contains(4);
	}

	@Test
	void aSolvedButLowRatingLeavesTheComplaintResolved() throws Exception {
		long id = resolved();
		ratings.rate(id, owner, 3, true, "太慢了");
		assertThat(status(id)).isEqualTo("RESOLVED");
	}

	@Test
	void onlyTheHouseholdRatesAndOnlyAResolvedComplaint() throws Exception {
		long id = resolved();
		Owner neighbour = new Owner(p.residentIds().get(1), p.householdIds().get(1), p.projectId(), "业主12");
		assertThatThrownBy(() -> ratings.rate(id, neighbour, 5, true, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> ratings.reopen(id, neighbour, "没修好")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> ratings.rate(id, owner, 6, true, null)).isInstanceOf(InvalidInputException.class);
		assertThat(status(id)).isEqualTo("RESOLVED");
		long open = registered();
		assertThatThrownBy(() -> ratings.rate(open, owner, 5, true, null)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> ratings.reopen(open, owner, "没修好")).isInstanceOf(ConflictException.class);
		assertThat(ratings.of(id)).isEmpty();
	}

	@Test
	void anOwnerReopensAClosedComplaint() throws Exception {
		long id = resolved();
		ratings.rate(id, owner, 5, true, null);
		assertThatThrownBy(() -> ratings.reopen(id, owner, " ")).isInstanceOf(InvalidInputException.class);
		assertThat(ratings.reopen(id, owner, "又坏了").getStatus()).isEqualTo(ComplaintStatus.REOPENED);
	}

	@Test
	void satisfactionIsCountedOverThePeriod() throws Exception {
		assertThat(ratings.satisfaction(p.projectId(), Instant.EPOCH, Instant.now().plusSeconds(60)).averageStars())
			.isNull();
		ratings.rate(resolved(), owner, 5, true, null);
		ratings.rate(resolved(), owner, 2, true, null);
		ratings.rate(resolved(), owner, 4, true, null);
		Ratings.Satisfaction s = ratings.satisfaction(p.projectId(), Instant.EPOCH, Instant.now().plusSeconds(60));
		assertThat(s.ratings()).isEqualTo(3);
		assertThat(s.averageStars()).isEqualTo(11 / 3.0);
		assertThat(s.satisfiedShare()).isEqualTo(2 / 3.0);
		String today = LocalDate.now(clock).toString(); // the company's day, not the machine's (UTC)
		assertThat(get("/api/v1/projects/" + p.projectId() + "/satisfaction?from=" + today + "&to=" + today,
				p.manager()).expect(200).get("ratings").asLong()).isEqualTo(3);
		assertThat(get("/api/v1/projects/" + p.projectId() + "/satisfaction?from=" + today + "&to=" + today,
				fixtures.project().manager()).status()).isEqualTo(404);
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
