package org.anju.report;

import java.time.YearMonth;
import java.util.List;

/** The KPIs of the monthly review (月度考核), per department and per staff member (the assignee). */
public record KpiReport(Long projectId, YearMonth month, List<Kpi> departments, List<Kpi> staff) {

	/**
	 * One department's or staff member's month: complaints resolved in it (handled), of those on
	 * time and late, open ones overdue now, overdue = late + open overdue, average hours from
	 * receipt to resolution, the ratings of the month's resolutions (count, average stars, 4–5
	 * share) and the reopenings in the month. {@code key} is the department code or staff id. A
	 * department's figures are of the complaints given to it (assigned), not of those only routed
	 * to it and still waiting at the desk.
	 */
	public record Kpi(String key, String name, long handled, long onTime, long late, long openOverdue, long overdue,
			Double averageHandlingHours, long ratings, Double averageStars, Double satisfactionRate, long reopens) {
	}

}
