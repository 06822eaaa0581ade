package org.anju.knowledge.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.anju.complaint.ListTextIndex;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * The complaint list's text search, answered by this node's index. The list's field holds each
 * character of the searched fields at an even position and each character pair at the odd one
 * after it, so a text is found exactly where its pairs stand one after another (one character:
 * wherever it stands) — what the list's {@code LIKE} finds, without reading a row. Complaints
 * above what the last catch-up read may be missing from the index and are left to the database.
 */
@Component
class ListCandidates implements ListTextIndex {

	private static final Sort NEWEST = new Sort(new SortField(SearchIndex.ID, SortField.Type.LONG, true));

	private static final Sort LATEST_RECEIVED = new Sort(new SortField(SearchIndex.RECEIVED, SortField.Type.LONG, true),
			new SortField(SearchIndex.ID, SortField.Type.LONG, true));

	private final SearchIndex index;

	private final IndexSync sync;

	ListCandidates(SearchIndex index, IndexSync sync) {
		this.index = index;
		this.sync = sync;
	}

	@Override
	public Optional<Candidates> candidates(String text, Set<Long> projects, int max) {
		long above = sync.indexedThrough();
		Optional<BooleanQuery.Builder> query = query(text, projects, above);
		return query.map(q -> new Candidates(index.search(searcher -> {
			List<Long> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(q.build(), max, NEWEST).scoreDocs) {
				ids.add((Long) ((FieldDoc) hit).fields[0]);
			}
			return ids;
		}), above));
	}

	@Override
	public Optional<Hits> latest(String text, Set<Long> projects, Instant from, Instant to, int n) {
		long above = sync.indexedThrough();
		Optional<BooleanQuery.Builder> query = query(text, projects, above);
		if (query.isPresent() && (from != null || to != null)) {
			long lower = from == null ? Long.MIN_VALUE : from.toEpochMilli();
			long upper = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
			query.get().add(LongPoint.newRangeQuery(SearchIndex.RECEIVED, lower, upper), Occur.FILTER);
		}
		return query.map(q -> index.search(searcher -> {
			Query built = q.build();
			List<Hit> first = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(built, Math.max(1, n), LATEST_RECEIVED).scoreDocs) {
				Object[] keys = ((FieldDoc) hit).fields;
				first.add(new Hit((Long) keys[1], Instant.ofEpochMilli((Long) keys[0])));
			}
			return new Hits(first, searcher.count(built), above);
		}));
	}

	/** Complaints of the projects, up to {@code above}, containing the text; empty when the index cannot tell. */
	private static Optional<BooleanQuery.Builder> query(String text, Set<Long> projects, long above) {
		Optional<Query> contains = containing(text);
		if (above < 0 || contains.isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder()
			.add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.COMPLAINT)), Occur.FILTER)
			.add(contains.get(), Occur.FILTER)
			.add(LongPoint.newRangeQuery(SearchIndex.ID, Long.MIN_VALUE, above), Occur.FILTER);
		if (projects != null) {
			query.add(new TermInSetQuery(SearchIndex.PROJECT,
					projects.stream().map(p -> new BytesRef(Long.toString(p))).toList()), Occur.FILTER);
		}
		return Optional.of(query);
	}

	/**
	 * Where the list's field holds the text, lower-cased as the index has it: its character pairs
	 * side by side, two positions apart. Empty for a text with a line break, which the index uses
	 * between fields.
	 */
	static Optional<Query> containing(String text) {
		int[] chars = text.toLowerCase(Locale.ROOT).codePoints().toArray();
		if (chars.length == 0 || text.indexOf('\n') >= 0) {
			return Optional.empty();
		}
		if (chars.length == 1) {
			return Optional.of(new TermQuery(new Term(SearchIndex.GRAMS, new String(chars, 0, 1))));
		}
		PhraseQuery.Builder pairs = new PhraseQuery.Builder();
		for (int i = 0; i + 1 < chars.length; i++) {
			pairs.add(new Term(SearchIndex.GRAMS, new String(chars, i, 2)), 2 * i);
		}
		return Optional.of(pairs.build());
	}

}
