package org.anju.knowledge.search;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The periodic catch-up of this node's search index ({@code anju.knowledge.search.sync-interval}),
 * on every node: each keeps its own index, so there is no ShedLock here.
 */
@Component
@ConditionalOnProperty(name = "anju.knowledge.search.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class IndexCatchUp {

	private final IndexSync sync;

	IndexCatchUp(IndexSync sync) {
		this.sync = sync;
	}

	@Scheduled(fixedDelayString = "${anju.knowledge.search.sync-interval:PT5M}",
			initialDelayString = "${anju.knowledge.search.sync-interval:PT5M}")
	void run() {
		sync.catchUpQuietly();
	}

}
