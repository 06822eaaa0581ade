package org.anju.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complainant;
import org.anju.platform.storage.DataDirectory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index of complaints and playbook entries, in {@code index/} of the data
 * directory ({@code anju.knowledge.search.index-dir} overrides). Text is normalised by
 * {@link ChineseText} and cut into words by smartcn for the full-text search, which reads titles,
 * contents and resolutions only. The complaint list's text search ({@link ListCandidates}) reads a
 * field of its own: the single characters and character pairs of number, complainant, phone,
 * address, title and content as stored, only lower-cased, each at its position, so that a phrase
 * of a text's pairs finds what the list's SQL {@code LIKE} finds; it sorts by receipt time.
 * Writes are visible to searches at once (near-real-time reader); they are
 * committed to disk by the catch-up and on shutdown — after a crash the catch-up redoes what was
 * lost, because it compares each complaint's version with the one indexed.
 */
@Component
public class SearchIndex {

	static final String KEY = "key";

	static final String TYPE = "type";

	static final String ID = "id";

	static final String VERSION = "version";

	static final String PROJECT = "project";

	static final String TOPIC = "topic";

	static final String STATUS = "status";

	static final String NUMBER = "number";

	static final String CODE = "code";

	static final String TITLE = "title";

	static final String CONTENT = "content";

	static final String RESOLUTION = "resolution";

	static final String RECEIVED = "received";

	/** Title and content, normalised: what similarity and search read. */
	static final String TEXT = "text";

	/** The resolution, normalised: found by search, not by similarity. */
	static final String RESOLUTION_TEXT = "resolution_text";

	/** Characters and character pairs of what the complaint list's text search matches. */
	static final String GRAMS = "grams";

	/** The fields written for each complaint; an index written with another is rebuilt on start. */
	private static final String SCHEMA = "3";

	private static final String SCHEMA_KEY = "schema";

	static final String COMPLAINT = "complaint";

	static final String ENTRY = "entry";

	/** The project value of a company-wide playbook entry. */
	static final String COMPANY_WIDE = "*";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Analyzer analyzer = new SmartChineseAnalyzer();


	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Written since the reader was last reopened. */
	private final AtomicBoolean stale = new AtomicBoolean();

	/** Complaint id → the version indexed, to skip stale writes and to compare with the database. */
	private final Map<Long, Long> versions = new ConcurrentHashMap<>();

	private final AtomicBoolean uncommitted = new AtomicBoolean();

	SearchIndex(DataDirectory data, @Value("${anju.knowledge.search.index-dir:}") String indexDir) throws IOException {
		Path path = indexDir == null || indexDir.isBlank() ? data.resolve("index")
				: java.nio.file.Files.createDirectories(Path.of(indexDir));
		this.directory = FSDirectory.open(path);
		this.writer = open(directory, new PerFieldAnalyzerWrapper(analyzer, Map.of(GRAMS, grams())));
		this.searchers = new SearcherManager(writer, null);
		if (!schemaIsCurrent()) {
			log.info("Search index written with other fields: its complaints are indexed again");
			writer.deleteDocuments(new TermQuery(new Term(TYPE, COMPLAINT)));
			writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
			writer.commit();
		}
		loadVersions();
		log.info("Search index in {}: {} complaints", path, versions.size());
	}

	/** Opens the index, or starts an empty one if it cannot be read (the catch-up fills it again). */
	private static IndexWriter open(Directory directory, Analyzer analyzer) throws IOException {
		try {
			return new IndexWriter(directory, new IndexWriterConfig(analyzer));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof org.apache.lucene.store.LockObtainFailedException) {
				throw ex;
			}
			log.warn("Search index unreadable, starting afresh: {}", ex.toString());
			return new IndexWriter(directory,
					new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		}
	}

	private boolean schemaIsCurrent() {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> e : data) {
				if (e.getKey().equals(SCHEMA_KEY)) {
					return e.getValue().equals(SCHEMA);
				}
			}
		}
		return false;
	}

	private void loadVersions() throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
				NumericDocValues vs = leaf.reader().getNumericDocValues(VERSION);
				Bits live = leaf.reader().getLiveDocs();
				if (ids == null || vs == null) {
					continue;
				}
				for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
					if ((live == null || live.get(doc)) && vs.advanceExact(doc)) {
						versions.put(ids.longValue(), vs.longValue());
					}
				}
			}
		}
	}

	/** What cuts the list's field: every character, then the pair it starts, one position each. */
	static Analyzer grams() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				return new TokenStreamComponents(new NGramTokenizer(1, 2));
			}

		};
	}

	public Analyzer analyzer() {
		return analyzer;
	}

	/** The indexed version of every complaint in the index. */
	public Map<Long, Long> versions() {
		return Collections.unmodifiableMap(versions);
	}

	/** Indexes the complaints, skipping any older than what is indexed already; visible after {@link #refresh()}. */
	public synchronized void put(Collection<Complaint> complaints) {
		for (Complaint c : complaints) {
			Long indexed = versions.get(c.getId());
			if (indexed != null && indexed > c.getVersion()) {
				continue;
			}
			write(() -> writer.updateDocument(new Term(KEY, "c" + c.getId()), document(c)));
			versions.put(c.getId(), c.getVersion());
		}
	}

	public synchronized void removeComplaint(long id) {
		write(() -> writer.deleteDocuments(new Term(KEY, "c" + id)));
		versions.remove(id);
	}

	/** Drops every complaint (playbook entries stay: their module indexes them). */
	public synchronized void clearComplaints() {
		write(() -> writer.deleteDocuments(new TermQuery(new Term(TYPE, COMPLAINT))));
		versions.clear();
	}

	public synchronized void putEntry(String code, Long projectId, String title, String text) {
		Document doc = new Document();
		doc.add(new StringField(KEY, "e" + code, Store.NO));
		doc.add(new StringField(TYPE, ENTRY, Store.NO));
		doc.add(new StringField(CODE, code, Store.YES));
		doc.add(new StringField(PROJECT, projectId == null ? COMPANY_WIDE : projectId.toString(), Store.YES));
		doc.add(new StoredField(TITLE, nullToEmpty(title)));
		doc.add(new StoredField(CONTENT, nullToEmpty(text)));
		doc.add(new TextField(TEXT, ChineseText.normalise(nullToEmpty(title) + "\n" + nullToEmpty(text)), Store.NO));
		write(() -> writer.updateDocument(new Term(KEY, "e" + code), doc));
		refresh();
	}

	public synchronized void removeEntry(String code) {
		write(() -> writer.deleteDocuments(new Term(KEY, "e" + code)));
		refresh();
	}

	private static Document document(Complaint c) {
		Document doc = new Document();
		doc.add(new StringField(KEY, "c" + c.getId(), Store.NO));
		doc.add(new StringField(TYPE, COMPLAINT, Store.NO));
		doc.add(new LongPoint(ID, c.getId()));
		doc.add(new StoredField(ID, c.getId()));
		doc.add(new NumericDocValuesField(ID, c.getId()));
		doc.add(new NumericDocValuesField(VERSION, c.getVersion()));
		doc.add(new StringField(PROJECT, Long.toString(c.getProjectId()), Store.YES));
		String topic = c.getClassification().topic();
		if (topic != null) {
			doc.add(new StringField(TOPIC, topic, Store.YES));
		}
		doc.add(new StringField(STATUS, c.getStatus().name(), Store.YES));
		doc.add(new StoredField(NUMBER, c.getNumber()));
		doc.add(new StoredField(TITLE, nullToEmpty(c.getTitle())));
		doc.add(new StoredField(CONTENT, nullToEmpty(c.getContent())));
		if (c.getResolution() != null) {
			doc.add(new StoredField(RESOLUTION, c.getResolution()));
			doc.add(new TextField(RESOLUTION_TEXT, ChineseText.normalise(c.getResolution()), Store.NO));
		}
		if (c.getReceivedAt() != null) {
			long received = c.getReceivedAt().toEpochMilli();
			doc.add(new StoredField(RECEIVED, received));
			doc.add(new LongPoint(RECEIVED, received));
			doc.add(new NumericDocValuesField(RECEIVED, received));
		}
		doc.add(new TextField(TEXT, ChineseText.normalise(nullToEmpty(c.getTitle()) + "\n" + nullToEmpty(c.getContent())),
				Store.NO));
		Complainant who = c.getComplainant();
		doc.add(new TextField(GRAMS, String.join("\n", nullToEmpty(c.getNumber()), nullToEmpty(who.name()),
				nullToEmpty(who.phone()), nullToEmpty(who.address()), nullToEmpty(c.getTitle()), nullToEmpty(c.getContent())).toLowerCase(Locale.ROOT), Store.NO));
		return doc;
	}

	/**
	 * Makes what was written visible to the next search. The reader is reopened by that search, once
	 * for every write since the last one: reopening after each write cost a tenth of an intake's CPU.
	 */
	public void refresh() {
		stale.set(true);
	}

	/** Writes what was indexed to disk, if anything was. */
	public void commit() {
		if (uncommitted.getAndSet(false)) {
			write(writer::commit);
		}
	}

	/** Runs a search on the current reader. */
	public <T> T search(SearchFunction<T> search) {
		try {
			if (stale.getAndSet(false)) {
				searchers.maybeRefreshBlocking();
			}
			IndexSearcher searcher = searchers.acquire();
			try {
				return search.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A search over one reader. */
	@FunctionalInterface
	public interface SearchFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private void write(IoAction action) {
		try {
			action.run();
			uncommitted.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface IoAction {

		void run() throws IOException;

	}

	@PreDestroy
	synchronized void close() throws IOException {
		searchers.close();
		writer.close(); // commits
		directory.close();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
