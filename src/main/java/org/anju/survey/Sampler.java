package org.anju.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The random draw, reproducible: the candidates are put in id order and shuffled by a
 * {@link Random} with the round's seed, so the same seed on the same households draws the same
 * sample. The target is the share of occupied households rounded up; households sampled in the
 * lookback quarters are no candidates, and when too few remain every one of them is drawn.
 */
final class Sampler {

	private Sampler() {
	}

	static Draw draw(Collection<Long> occupied, Set<Long> excluded, double share, long seed) {
		List<Long> candidates = new ArrayList<>(occupied.stream().distinct().filter(id -> !excluded.contains(id))
			.sorted().toList());
		int total = (int) occupied.stream().distinct().count();
		int target = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(total))
			.setScale(0, RoundingMode.CEILING).intValueExact();
		Collections.shuffle(candidates, new Random(seed));
		List<Long> sample = List.copyOf(candidates.subList(0, Math.min(target, candidates.size())));
		return new Draw(total, target, sample, target - sample.size());
	}

	/** How many households were occupied and wanted, which were drawn, and how many are missing. */
	record Draw(int occupied, int target, List<Long> sample, int shortfall) {
	}

}
