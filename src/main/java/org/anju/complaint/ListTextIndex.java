package org.anju.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What answers the complaint list's text search before the database reads a row: the search index
 * of module {@code knowledge}, which knows which complaints contain a text. Without one, or when it
 * cannot tell, the list scans as before; with one, the database reads only the complaints it names
 * and checks them with the same {@code LIKE}, so what is found stays the same.
 */
public interface ListTextIndex {

	/**
	 * The complaints of these projects ({@code null}: all) that contain the text: those of
	 * {@code ids} — the newest {@code max} at most — and any with an id above {@code above}, which
	 * the index may not have seen yet; empty when the index cannot tell (it is still being built).
	 */
	Optional<Candidates> candidates(String text, Set<Long> projects, int max);

	/**
	 * The first {@code n} complaints of these projects ({@code null}: all), received in
	 * [{@code from}, {@code to}) (either may be null), that contain the text, latest received
	 * first, and how many there are — among those with ids up to {@code above}; empty when the
	 * index cannot tell. Project, receipt time and text never change once a complaint is
	 * registered, so what the index knows of them is what the database has.
	 */
	Optional<Hits> latest(String text, Set<Long> projects, Instant from, Instant to, int n);

	/** Complaints named by id, and every complaint with an id above {@code above}. */
	record Candidates(List<Long> ids, long above) {
	}

	/** The first complaints found, in order, how many were found in all, and the ids they were found among. */
	record Hits(List<Hit> first, long total, long above) {
	}

	record Hit(long id, Instant receivedAt) {
	}

}
