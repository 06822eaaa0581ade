package org.anju.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.anju.complaint.ListTextIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * The complaint list's text search, narrowed by this node's index: the complaints whose
 * character pairs include every pair of the text (one character: that character), newest first.
 * That is a superset of those containing the text, which the database then checks; complaints
 * above what the last catch-up read may be missing from the index and are left to the database.
 */
@Component
class ListCandidates implements ListTextIndex {

	/** Enough pairs to narrow any text well; more would only make the query longer. */
	private static final int MAX_GRAMS = 32;

	private final SearchIndex index;

	private final IndexSync sync;

	ListCandidates(SearchIndex index, IndexSync sync) {
		this.index = index;
		this.sync = sync;
	}

	@Override
	public Optional<Candidates> candidates(String text, Set<Long> projects, int max) {
		long above = sync.indexedThrough();
		List<String> grams = grams(text.toLowerCase(Locale.ROOT));
		if (above < 0 || grams.isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder()
			.add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.COMPLAINT)), Occur.FILTER);
		grams.forEach(g -> query.add(new TermQuery(new Term(SearchIndex.GRAMS, g)), Occur.FILTER));
		if (projects != null) {
			query.add(new TermInSetQuery(SearchIndex.PROJECT,
					projects.stream().map(p -> new BytesRef(Long.toString(p))).toList()), Occur.FILTER);
		}
		Sort newestFirst = new Sort(new SortField(SearchIndex.ID, SortField.Type.LONG, true));
		List<Long> ids = index.search(searcher -> {
			ScoreDoc[] hits = searcher.search(query.build(), max, newestFirst).scoreDocs;
			List<Long> found = new ArrayList<>(hits.length);
			for (ScoreDoc hit : hits) {
				found.add((Long) ((FieldDoc) hit).fields[0]);
			}
			return found;
		});
		return Optional.of(new Candidates(ids, above));
	}

	/** The text's character pairs (its one character, if that is all), as the index cut them. */
	static List<String> grams(String text) {
		int[] chars = text.codePoints().toArray();
		if (chars.length == 1) {
			return List.of(text);
		}
		Set<String> pairs = new LinkedHashSet<>();
		for (int i = 0; i + 1 < chars.length && pairs.size() < MAX_GRAMS; i++) {
			pairs.add(new String(chars, i, 2));
		}
		return List.copyOf(pairs);
	}

}
