package org.anju.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anju.feedback.Ratings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which playbook entries are used, and whether following them pays: per entry, on how many
 * complaints it was applied, on how many every step was done, and the owners' average stars
 * when it was followed and when it was not.
 */
@Service
@Transactional(readOnly = true)
public class PlaybookStats {

	private final ChecklistStepRepository steps;

	private final Ratings ratings;

	PlaybookStats(ChecklistStepRepository steps, Ratings ratings) {
		this.steps = steps;
		this.ratings = ratings;
	}

	public List<EntryUse> of(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		List<Object[]> rows = steps.progress(projectIds);
		Map<Long, Integer> stars = ratings.latestStars(rows.stream().map(r -> (Long) r[1]).toList());
		Map<String, long[]> byEntry = new TreeMap<>(); // applied, followed, stars followed, rated followed, stars not, rated not
		for (Object[] row : rows) {
			long[] n = byEntry.computeIfAbsent((String) row[0], k -> new long[6]);
			boolean followed = ((Number) row[2]).longValue() == ((Number) row[3]).longValue();
			n[0]++;
			if (followed) {
				n[1]++;
			}
			Integer s = stars.get((Long) row[1]);
			if (s != null) {
				n[followed ? 2 : 4] += s;
				n[followed ? 3 : 5]++;
			}
		}
		List<EntryUse> uses = new ArrayList<>();
		byEntry.forEach((entry, n) -> uses.add(new EntryUse(entry, n[0], n[1], n[3] == 0 ? null : n[2] / (double) n[3],
				n[5] == 0 ? null : n[4] / (double) n[5])));
		return uses;
	}

	/** One entry's use; the averages are null while no such complaint was rated. */
	public record EntryUse(String entry, long applied, long followed, Double starsWhenFollowed,
			Double starsWhenNotFollowed) {
	}

}
