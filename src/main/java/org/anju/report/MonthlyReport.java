package org.anju.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly statistics and analysis report (月度投诉统计分析报告) of a project, or of the company
 * when {@code projectId} is null: the month's figures, the same figures of the previous month and
 * of the same month last year, the headline figures side by side, and the improvement actions.
 */
public record MonthlyReport(Long projectId, YearMonth month, Figures current, Figures previousMonth,
		Figures sameMonthLastYear, List<Change> comparison, List<ActionView> actions) {

	/**
	 * One period's figures, one record per section. Counts are of the complaints received in the
	 * period; the feedback figures are of the resolutions in the period.
	 */
	public record Figures(Instant from, Instant to, Summary summary, List<Count> byChannel, List<Count> byCategory,
			List<Count> byClass, List<Count> byTopic, List<Count> byDepartment, List<Count> byBuilding,
			List<Count> byNature, List<Issue> topIssues) {
	}

	/**
	 * The headline figures. Times: minutes from receipt to the record in the system and to
	 * assignment (averages); hours from receipt to resolution of the resolved ones (average, 90th
	 * percentile). Rates are shares from 0 to 1, null while there is nothing to divide by.
	 */
	public record Summary(long received, long valid, long communicative, long unknownNature, long repeat,
			long escalated, Double averageMinutesToSystem, Double averageMinutesToAssignment,
			Double firstContactOnTimeRate, Double resolutionOnTimeRate, Double overdueRate, long resolved,
			Double averageHandlingHours, Double p90HandlingHours, long resolutions, Double feedbackRate,
			Double averageStars, Double satisfactionRate, long reviewsDone, Double satisfiedAfterReview) {
	}

	/** A count of one section: its key (code or id; null = not set), a display name, the count and its share. */
	public record Count(String key, String name, long count, double share) {
	}

	/** A recurring issue: a topic in a building, received {@code count} times in the period. */
	public record Issue(String topic, String topicName, Long buildingId, String buildingName, long count) {
	}

	/** A headline figure this month, the previous month and the same month last year, with the changes. */
	public record Change(String figure, Double current, Double previousMonth, Double changeFromPreviousMonth,
			Double sameMonthLastYear, Double changeFromLastYear) {
	}

}
