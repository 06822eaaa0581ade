package org.anju.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.feedback.Ratings;
import org.anju.knowledge.search.Finder;
import org.anju.knowledge.search.Finder.Found;
import org.anju.knowledge.search.IndexSync;
import org.anju.knowledge.search.SearchIndex;
import org.anju.platform.security.Actor;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over past complaints and the playbook, and the past complaints most like the
 * one on screen with how they were solved and rated. Staff find only the complaints of their
 * projects, and the playbook entries of the company and of their projects. The playbook indexes
 * its entries here ({@link #indexEntry}, {@link #removeEntry}); complaints are indexed from their
 * events and a periodic catch-up.
 */
@Service
public class KnowledgeSearch {

	/** The most results one call returns. */
	public static final int MAX_LIMIT = 50;

	private final Finder finder;

	private final SearchIndex index;

	private final IndexSync sync;

	private final Complaints complaints;

	private final Ratings ratings;

	KnowledgeSearch(Finder finder, SearchIndex index, IndexSync sync, Complaints complaints, Ratings ratings) {
		this.finder = finder;
		this.index = index;
		this.sync = sync;
		this.complaints = complaints;
		this.ratings = ratings;
	}

	/**
	 * Past resolved or closed complaints of the actor's projects most like this one's title and
	 * content (the same topic counts double), best first; 404 unless the actor may see the complaint.
	 * One read-only transaction for its two reads: on PostgreSQL each transaction costs round trips.
	 */
	@Transactional(readOnly = true)
	public List<Similar> similar(long complaintId, Actor actor, int limit) {
		Complaint complaint = complaints.get(complaintId, actor);
		List<Found> found = finder.similar(complaint.getTitle(), complaint.getContent(),
				complaint.getClassification().topic(), complaintId, projects(actor), limit(limit));
		Map<Long, Integer> stars = ratings.latestStars(found.stream().map(Found::complaintId).toList());
		return found.stream()
			.map(f -> new Similar(f.complaintId(), f.number(), f.title(), f.topic(), f.status(), f.resolution(),
					stars.get(f.complaintId()), f.receivedAt(), f.score()))
			.toList();
	}

	/** Complaints (of the actor's projects) and playbook entries the query finds, best first. */
	public List<Hit> search(String query, Actor actor, int limit) {
		if (query == null || query.isBlank()) {
			throw new InvalidInputException("q", "is required");
		}
		return finder.search(query.strip(), projects(actor), limit(limit)).stream()
			.map(f -> new Hit(f.complaint() ? Kind.COMPLAINT : Kind.ENTRY, f.complaintId(), f.number(), f.entryCode(),
					f.projectId(), f.title(), f.topic(), f.status(), f.passage().text(),
					f.passage().marks().stream().map(m -> new Mark(m[0], m[1])).toList(), f.score()))
			.toList();
	}

	/**
	 * Indexes a playbook entry (again) under its code: company-wide when {@code projectId} is null,
	 * else for that project only. Searchable at once.
	 */
	public void indexEntry(String code, Long projectId, String title, String text) {
		index.putEntry(code, projectId, title, text);
	}

	public void removeEntry(String code) {
		index.removeEntry(code);
	}

	/** Indexes what changed in the database since the index last saw it; returns how many complaints. */
	public int catchUp() {
		return sync.catchUp();
	}

	/** Indexes every complaint afresh from the database (playbook entries stay); returns how many. */
	public int rebuild() {
		return sync.rebuild();
	}

	private static Set<Long> projects(Actor actor) {
		return actor.isAdmin() ? null : actor.projectIds();
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return limit;
	}

	/** A past complaint like the one on screen: how it was solved and how the owner rated it (stars or null). */
	public record Similar(long complaintId, String number, String title, String topic, String status,
			String resolution, Integer stars, Instant receivedAt, float score) {
	}

	/** What a search found. */
	public enum Kind {

		COMPLAINT, ENTRY

	}

	/**
	 * One search result: a complaint (id, number, status) or a playbook entry (code, project or null
	 * for company-wide), with a plain-text snippet and the places of the matched words in it.
	 */
	public record Hit(Kind kind, Long complaintId, String number, String entryCode, Long projectId, String title,
			String topic, String status, String snippet, List<Mark> marks, float score) {
	}

	/** A matched word in a snippet: characters {@code start} (included) to {@code end} (excluded). */
	public record Mark(int start, int end) {
	}

}
