package org.anju.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback measures of the resolutions in a period, by project, department, topic or staff
 * member: feedback rate (answered by a rating or a callback that reached the owner), average
 * stars, satisfaction rate (4–5 stars), callbacks on time, and — of the reviews finished in the
 * period — the share satisfied after review. GROUP BY queries; nothing is loaded row by row.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackMeasures {

	/** What the measures are grouped by; each is a column of the requests and the reviews. */
	public enum By {

		PROJECT("projectId"), DEPARTMENT("department"), TOPIC("topic"), STAFF("assigneeId");

		private final String field;

		By(String field) {
			this.field = field;
		}

	}

	private final EntityManager entities;

	FeedbackMeasures(EntityManager entities) {
		this.entities = entities;
	}

	public List<Measure> of(Collection<Long> projectIds, Instant from, Instant to, By by) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		Map<String, Measure> measures = new LinkedHashMap<>();
		List<Object[]> requests = entities.createQuery("select r." + by.field + ", count(r), "
				+ "sum(case when r.state = 'ANSWERED' then 1 else 0 end), count(r.stars), coalesce(sum(r.stars), 0), "
				+ "sum(case when r.stars >= 4 then 1 else 0 end), count(r.callbackAt), "
				+ "sum(case when r.callbackAt <= r.callbackDue then 1 else 0 end) "
				+ "from FeedbackRequest r where r.projectId in :projects and r.resolvedAt >= :from and r.resolvedAt < :to "
				+ "group by r." + by.field + " order by count(r) desc", Object[].class)
			.setParameter("projects", projectIds).setParameter("from", from).setParameter("to", to).getResultList();
		for (Object[] row : requests) {
			long resolutions = n(row[1]);
			long answered = n(row[2]);
			long ratings = n(row[3]);
			long callbacks = n(row[6]);
			measures.put(key(row[0]), new Measure(key(row[0]), resolutions, answered, share(answered, resolutions),
					ratings, ratings == 0 ? null : n(row[4]) / (double) ratings, share(n(row[5]), ratings), callbacks,
					share(n(row[7]), callbacks), 0, null));
		}
		List<Object[]> reviews = entities.createQuery("select r." + by.field + ", count(r), "
				+ "sum(case when r.outcome = 'SATISFIED' then 1 else 0 end) from Review r "
				+ "where r.projectId in :projects and r.state = 'DONE' and r.closedAt >= :from and r.closedAt < :to "
				+ "group by r." + by.field, Object[].class)
			.setParameter("projects", projectIds).setParameter("from", from).setParameter("to", to).getResultList();
		for (Object[] row : reviews) {
			Measure m = measures.getOrDefault(key(row[0]), Measure.empty(key(row[0])));
			measures.put(key(row[0]), m.withReviews(n(row[1]), share(n(row[2]), n(row[1]))));
		}
		return List.copyOf(measures.values());
	}

	private static String key(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	private static long n(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	private static Double share(long part, long whole) {
		return whole == 0 ? null : part / (double) whole;
	}

	/**
	 * One group's measures; a rate is null while there is nothing to divide by. {@code group} is
	 * the project id, department or topic code, or staff id.
	 */
	public record Measure(String group, long resolutions, long answered, Double feedbackRate, long ratings,
			Double averageStars, Double satisfactionRate, long callbacks, Double callbacksOnTime, long reviewsDone,
			Double satisfiedAfterReview) {

		static Measure empty(String group) {
			return new Measure(group, 0, 0, null, 0, null, null, 0, null, 0, null);
		}

		Measure withReviews(long done, Double satisfied) {
			return new Measure(group, resolutions, answered, feedbackRate, ratings, averageStars, satisfactionRate,
					callbacks, callbacksOnTime, done, satisfied);
		}

	}

}
