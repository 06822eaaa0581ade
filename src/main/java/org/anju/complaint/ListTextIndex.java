package org.anju.complaint;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What narrows the complaint list's text search before the database reads a row: the search index
 * of module {@code knowledge}. Without one, or when it cannot tell, the list scans as before; with
 * one, the database checks only the candidates it names, with the same {@code LIKE}, so what is
 * found stays the same.
 */
public interface ListTextIndex {

	/**
	 * The complaints of these projects ({@code null}: all) that may contain the text: those of
	 * {@code ids} — the newest {@code max} at most — and any with an id above {@code above}, which
	 * the index may not have seen yet; empty when the index cannot tell (it is still being built).
	 */
	Optional<Candidates> candidates(String text, Set<Long> projects, int max);

	/** Complaints named by id, and every complaint with an id above {@code above}. */
	record Candidates(List<Long> ids, long above) {
	}

}
