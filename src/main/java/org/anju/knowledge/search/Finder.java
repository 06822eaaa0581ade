package org.anju.knowledge.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * The two questions the index answers: which past resolved or closed complaints read like this
 * one (Lucene's MoreLikeThis over title and content: the text's 25 most telling words, weighted by
 * tf-idf; the same topic multiplies the score by {@value #SAME_TOPIC_BOOST}), and which complaints
 * and playbook entries a query finds. Both only within the given projects ({@code null} = all).
 */
@Component
public class Finder {

	static final float SAME_TOPIC_BOOST = 2f;

	private static final int MAX_QUERY_TERMS = 25;

	/**
	 * Function words that say nothing about the matter. smartcn only drops punctuation; in a large
	 * index their low idf keeps them out anyway, in a young one (a new project) they would not be.
	 */
	private static final Set<String> FUNCTION_WORDS = Set.of("的", "了", "在", "又", "是", "我", "我们", "我家", "你",
			"你们", "他", "他们", "也", "都", "就", "和", "与", "及", "很", "还", "不", "没", "没有", "有", "这", "那", "个",
			"一", "被", "把", "给", "让", "到", "从", "对", "吗", "呢", "吧", "啊", "呀", "请", "已", "已经", "一直", "总",
			"说", "要", "会", "能", "着", "过", "得", "地");

	private final SearchIndex index;

	Finder(SearchIndex index) {
		this.index = index;
	}

	/** The resolved or closed complaints most like this text, best first, without {@code selfId}. */
	public List<Found> similar(String title, String content, String topic, long selfId, Set<Long> projects,
			int limit) {
		if (projects != null && projects.isEmpty()) {
			return List.of();
		}
		String text = ChineseText.normalise((title == null ? "" : title) + "\n" + (content == null ? "" : content));
		return index.search(searcher -> {
			MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
			mlt.setAnalyzer(index.analyzer());
			mlt.setFieldNames(new String[] { SearchIndex.TEXT });
			mlt.setMinTermFreq(1);
			mlt.setMinDocFreq(1);
			mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
			mlt.setStopWords(FUNCTION_WORDS);
			BooleanQuery.Builder query = new BooleanQuery.Builder()
				.add(mlt.like(SearchIndex.TEXT, new StringReader(text)), Occur.MUST)
				.add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.COMPLAINT)), Occur.FILTER)
				.add(terms(SearchIndex.STATUS, List.of("RESOLVED", "CLOSED")), Occur.FILTER)
				.add(LongPoint.newExactQuery(SearchIndex.ID, selfId), Occur.MUST_NOT);
			if (projects != null) {
				query.add(terms(SearchIndex.PROJECT, projects.stream().map(String::valueOf).toList()), Occur.FILTER);
			}
			if (topic == null) {
				return found(searcher, query.build(), limit, null);
			}
			// the same topic's best and the others' best, merged with the boost: the top of a boosted
			// query, while each plain query still skips blocks that cannot make its top
			Query sameTopic = new TermQuery(new Term(SearchIndex.TOPIC, topic));
			Query base = query.build();
			List<Found> found = new ArrayList<>();
			found(searcher, new BooleanQuery.Builder().add(base, Occur.MUST).add(sameTopic, Occur.FILTER).build(),
					limit, null).forEach(f -> found.add(f.boosted(SAME_TOPIC_BOOST)));
			found.addAll(found(searcher, new BooleanQuery.Builder().add(base, Occur.MUST)
				.add(sameTopic, Occur.MUST_NOT).build(), limit, null));
			found.sort(Comparator.comparing(Found::score).reversed());
			return found.subList(0, Math.min(limit, found.size()));
		});
	}

	/**
	 * Complaints of the projects and playbook entries of the company or the projects that the query
	 * finds in their text or resolution, best first, each with a snippet. The query is normalised
	 * like the documents; quotes, {@code +}, {@code -} and {@code |} work as in Lucene's simple syntax.
	 */
	public List<Found> search(String query, Set<Long> projects, int limit) {
		if (projects != null && projects.isEmpty()) {
			return List.of();
		}
		String normalised = ChineseText.normalise(query);
		Set<String> words = Snippets.terms(index.analyzer(), normalised);
		Query parsed = new SimpleQueryParser(index.analyzer(),
				Map.of(SearchIndex.TEXT, 1f, SearchIndex.RESOLUTION_TEXT, 0.8f)).parse(normalised);
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, Occur.MUST);
		if (projects != null) {
			List<String> own = projects.stream().map(String::valueOf).toList();
			List<String> ownOrCompany = new ArrayList<>(own);
			ownOrCompany.add(SearchIndex.COMPANY_WIDE);
			Query complaints = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.COMPLAINT)), Occur.FILTER)
				.add(terms(SearchIndex.PROJECT, own), Occur.FILTER).build();
			Query entries = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.ENTRY)), Occur.FILTER)
				.add(terms(SearchIndex.PROJECT, ownOrCompany), Occur.FILTER).build();
			builder.add(new BooleanQuery.Builder().add(complaints, Occur.SHOULD).add(entries, Occur.SHOULD)
				.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
		}
		return index.search(searcher -> found(searcher, builder.build(), limit, words));
	}

	private List<Found> found(IndexSearcher searcher, Query query, int limit, Set<String> words) throws IOException {
		ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
		StoredFields stored = searcher.storedFields();
		List<Found> found = new ArrayList<>(hits.length);
		for (ScoreDoc hit : hits) {
			found.add(found(stored.document(hit.doc), hit.score, words));
		}
		return found;
	}

	private Found found(Document doc, float score, Set<String> words) {
		String code = doc.get(SearchIndex.CODE);
		IndexableField id = doc.getField(SearchIndex.ID);
		IndexableField received = doc.getField(SearchIndex.RECEIVED);
		String project = doc.get(SearchIndex.PROJECT);
		Snippets.Passage passage = null;
		if (words != null) {
			for (String field : List.of(SearchIndex.CONTENT, SearchIndex.RESOLUTION, SearchIndex.TITLE)) {
				passage = Snippets.of(index.analyzer(), doc.get(field), words);
				if (passage != null) {
					break;
				}
			}
			if (passage == null) {
				String content = doc.get(SearchIndex.CONTENT);
				passage = new Snippets.Passage(content.length() <= Snippets.LENGTH ? content
						: content.substring(0, Snippets.LENGTH) + "…", List.of());
			}
		}
		return new Found(code == null, id == null ? null : id.numericValue().longValue(), code,
				SearchIndex.COMPANY_WIDE.equals(project) ? null : Long.valueOf(project), doc.get(SearchIndex.NUMBER),
				doc.get(SearchIndex.TITLE), doc.get(SearchIndex.TOPIC), doc.get(SearchIndex.STATUS),
				doc.get(SearchIndex.RESOLUTION),
				received == null ? null : Instant.ofEpochMilli(received.numericValue().longValue()), passage, score);
	}

	private static Query terms(String field, Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	/**
	 * A document found: a complaint (id, number, status, resolution) or a playbook entry (code); its
	 * project ({@code null}: company-wide entry); for a search, the snippet.
	 */
	public record Found(boolean complaint, Long complaintId, String entryCode, Long projectId, String number,
			String title, String topic, String status, String resolution, Instant receivedAt,
			Snippets.Passage passage, float score) {

		Found boosted(float factor) {
			return new Found(complaint, complaintId, entryCode, projectId, number, title, topic, status, resolution,
					receivedAt, passage, score * factor);
		}

	}

}
