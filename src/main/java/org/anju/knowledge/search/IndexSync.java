package org.anju.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;


import org.anju.complaint.ComplaintClassified;
import org.anju.complaint.ComplaintClosed;
import org.anju.complaint.ComplaintRegistered;
import org.anju.complaint.ComplaintReopened;
import org.anju.complaint.ComplaintResolved;
import org.anju.complaint.Complaints;
import org.anju.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's index in step with the database. A complaint is indexed again after the
 * transaction that registered, classified, resolved, closed or reopened it commits. The catch-up
 * compares the version of every complaint in the database with the version indexed and indexes
 * what differs or is missing (and drops what the database no longer has): on start (in the
 * background, so that a first build over many complaints does not hold up the start) and every
 * {@code anju.knowledge.search.sync-interval}. Each node keeps its own index and catches up by
 * itself — no ShedLock — so that changes made on another node reach this one's index within one
 * interval, and a write lost in a crash is redone.
 */
@Component
public class IndexSync {

	/** Complaints read from the database at a time. */
	static final int BATCH = 2_000;

	private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

	private final SearchIndex index;

	private final Complaints complaints;

	private final TransactionTemplate reading;

	private final ReentrantLock catchingUp = new ReentrantLock();

	/** The highest complaint id the last finished catch-up read; -1 before the first. */
	private volatile long indexedThrough = -1;

	IndexSync(SearchIndex index, Complaints complaints, PlatformTransactionManager transactions) {
		this.index = index;
		this.complaints = complaints;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		// after commit the finished transaction's resources are still bound: read in a new one
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		Thread thread = new Thread(this::catchUpQuietly, "search-index-catch-up");
		thread.setDaemon(true);
		thread.start();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ComplaintRegistered event) {
		changed(event.complaintId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ComplaintClassified event) {
		changed(event.complaintId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ComplaintResolved event) {
		changed(event.complaintId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ComplaintClosed event) {
		changed(event.complaintId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ComplaintReopened event) {
		changed(event.complaintId());
	}

	/** Indexes the complaint as the database has it now; a failure is left to the catch-up. */
	void changed(long complaintId) {
		try {
			index.put(reading.execute(tx -> complaints.byIds(List.of(complaintId), Actor.SYSTEM)));
			index.refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Could not index complaint {}; the catch-up will: {}", complaintId, ex.toString());
		}
	}

	/**
	 * Complaints with ids up to this one are in the index (or were, when the last catch-up read
	 * them); -1 while the index is being built. One registered on another node since, or whose
	 * transaction committed during the catch-up, may not be: the list's text search leaves
	 * complaints above it to the database, and the next catch-up indexes the rest.
	 */
	public long indexedThrough() {
		return indexedThrough;
	}

	/** Brings the index up to the database; returns how many complaints were indexed or dropped. */
	public int catchUp() {
		catchingUp.lock();
		try {
			Map<Long, Long> indexed = index.versions();
			Set<Long> seen = new HashSet<>();
			List<Long> stale = new ArrayList<>();
			int changed = 0;
			long after = 0;
			while (true) {
				long from = after;
				Map<Long, Long> versions = reading.execute(tx -> complaints.versionsAfter(from, BATCH));
				for (Map.Entry<Long, Long> v : versions.entrySet()) {
					seen.add(v.getKey());
					if (!v.getValue().equals(indexed.get(v.getKey()))) {
						stale.add(v.getKey());
					}
					after = v.getKey();
				}
				if (stale.size() >= BATCH / 4 || (versions.size() < BATCH && !stale.isEmpty())) {
					changed += reindex(stale);
					stale.clear();
				}
				if (versions.size() < BATCH) {
					break;
				}
			}
			for (Long gone : new ArrayList<>(indexed.keySet())) {
				if (!seen.contains(gone)) {
					index.removeComplaint(gone);
					changed++;
				}
			}
			index.commit();
			index.refresh();
			indexedThrough = after;
			return changed;
		}
		finally {
			catchingUp.unlock();
		}
	}

	/** Drops every complaint from the index and indexes them all again from the database. */
	public int rebuild() {
		catchingUp.lock();
		try {
			indexedThrough = -1;
			index.clearComplaints();
			return catchUp();
		}
		finally {
			catchingUp.unlock();
		}
	}

	void catchUpQuietly() {
		try {
			long t0 = System.nanoTime();
			int changed = catchUp();
			if (changed > 0) {
				log.info("Search index caught up: {} complaints in {} ms", changed, (System.nanoTime() - t0) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Search index catch-up failed: {}", ex.toString());
		}
	}

	private int reindex(List<Long> ids) {
		index.put(reading.execute(tx -> complaints.byIds(ids, Actor.SYSTEM)));
		index.refresh();
		return ids.size();
	}

}
