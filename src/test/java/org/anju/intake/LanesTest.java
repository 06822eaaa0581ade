package org.anju.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanesTest {

	@Test
	void messagesOfOnePersonShareALaneInOrderEvenWhenTiedThroughAnotherKey() {
		// 1 and 4 share a resident; 4 and 6 share a phone, so 1, 4 and 6 are one person
		Map<Integer, Set<String>> keys = Map.of(1, Set.of("r:7", "p:139"), 2, Set.of("r:8"), 3, Set.of("e:a@b.cn"),
				4, Set.of("r:7", "p:138"), 5, Set.of("r:9"), 6, Set.of("p:138"), 7, Set.of("e:a@b.cn"));
		List<List<Integer>> lanes = Lanes.of(List.of(1, 2, 3, 4, 5, 6, 7), keys, 3);
		assertThat(lanes).hasSize(3);
		assertThat(lanes).filteredOn(l -> l.contains(1)).singleElement().satisfies(l -> {
			assertThat(l).containsSubsequence(1, 4, 6);
			assertThat(l).doesNotContain(2, 3, 5, 7);
		});
		assertThat(lanes).filteredOn(l -> l.contains(3)).singleElement()
			.satisfies(l -> assertThat(l).containsSubsequence(3, 7));
		assertThat(lanes.stream().flatMap(List::stream)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void spreadsStrangersOverTheLanesAndNeverMakesEmptyOnes() {
		List<List<Integer>> lanes = Lanes.of(List.of(1, 2, 3, 4, 5, 6), Map.of(), 4);
		assertThat(lanes).hasSize(4).allSatisfy(l -> assertThat(l).isNotEmpty());
		assertThat(lanes.stream().mapToInt(List::size).max().orElseThrow()).isEqualTo(2);
		assertThat(Lanes.of(List.of(1, 2), Map.of(), 4)).hasSize(2);
		assertThat(Lanes.of(List.of(), Map.of(), 4)).isEmpty();
	}

}
