package org.anju.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deadline measures of a set of complaints: overdue rate, first contact and resolution on time,
 * average and 90th-percentile handling time (receipt to resolution, time on hold left out).
 */
record Measures(String group, long complaints, double overdueRate, Double firstContactOnTime,
		Double resolutionOnTime, Double averageHandlingHours, Double p90HandlingHours) {

	/** How measures can be grouped. */
	enum GroupBy {

		PROJECT(d -> String.valueOf(d.getProjectId())), DEPARTMENT(Deadlines::getDepartment),
		TOPIC(Deadlines::getTopic), ASSIGNEE(d -> d.getAssigneeId() == null ? null : String.valueOf(d.getAssigneeId()));

		final Function<Deadlines, String> key;

		GroupBy(Function<Deadlines, String> key) {
			this.key = key;
		}

	}

	static List<Measures> of(List<Deadlines> all, GroupBy groupBy, Instant now) {
		Map<String, List<Deadlines>> groups = all.stream()
			.collect(Collectors.groupingBy(d -> Objects.requireNonNullElse(groupBy.key.apply(d), "-"), TreeMap::new,
					Collectors.toList()));
		return groups.entrySet().stream().map(e -> of(e.getKey(), e.getValue(), now)).toList();
	}

	static Measures of(String group, List<Deadlines> set, Instant now) {
		long overdue = set.stream().filter(d -> d.isResolutionBreached() || (d.getState() == Deadlines.State.OPEN
				&& d.getHoldStartedAt() == null && d.getResolutionDue() != null && d.getResolutionDue().isBefore(now)))
			.count();
		List<Deadlines> contactable = set.stream().filter(d -> d.getFirstContactDue() != null).toList();
		long contactedOnTime = contactable.stream().filter(d -> d.getFirstContactedAt() != null
				&& !d.getFirstContactedAt().isAfter(d.getFirstContactDue())).count();
		List<Deadlines> resolved = set.stream().filter(d -> d.getResolvedAt() != null).toList();
		long resolvedOnTime = resolved.stream().filter(d -> !d.isResolutionBreached()).count();
		double[] hours = resolved.stream()
			.mapToDouble(d -> Duration.between(d.getReceivedAt(), d.getResolvedAt()).minus(d.held(now)).toSeconds() / 3600.0)
			.sorted().toArray();
		return new Measures(group, set.size(), set.isEmpty() ? 0 : overdue / (double) set.size(),
				rate(contactedOnTime, contactable.size()), rate(resolvedOnTime, resolved.size()),
				hours.length == 0 ? null : Arrays.stream(hours).average().orElseThrow(),
				hours.length == 0 ? null : hours[(int) Math.ceil(hours.length * 0.9) - 1]);
	}

	private static Double rate(long part, long whole) {
		return whole == 0 ? null : part / (double) whole;
	}

}
