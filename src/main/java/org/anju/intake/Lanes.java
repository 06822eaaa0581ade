package org.anju.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits waiting messages into lanes that may be registered side by side: messages that share a
 * key — the same resident, household, phone or e-mail — share a lane, in their order, so that the
 * duplicate check and the repeat check still see the earlier complaint of the same person. Each
 * group goes to the lane with the fewest messages so far.
 */
final class Lanes {

	private Lanes() {
	}

	/** The items in at most {@code lanes} lanes, each in the items' order; keys: what ties an item to others. */
	static <T> List<List<T>> of(List<T> items, Map<T, Set<String>> keys, int lanes) {
		int[] parent = new int[items.size()];
		Map<String, Integer> firstWith = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			parent[i] = i;
			for (String key : keys.getOrDefault(items.get(i), Set.of())) {
				Integer other = firstWith.putIfAbsent(key, i);
				if (other != null) {
					parent[root(parent, i)] = root(parent, other);
				}
			}
		}
		Map<Integer, List<T>> groups = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(items.get(i));
		}
		List<List<T>> result = new ArrayList<>();
		for (int i = 0; i < Math.min(lanes, groups.size()); i++) {
			result.add(new ArrayList<>());
		}
		for (List<T> group : groups.values()) {
			List<T> shortest = result.get(0);
			for (List<T> lane : result) {
				shortest = lane.size() < shortest.size() ? lane : shortest;
			}
			// a group joins a lane after what the lane holds; items keep their order within the group
			shortest.addAll(group);
		}
		return result;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
