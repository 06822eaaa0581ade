package org.anju.knowledge.search;

import java.nio.file.Path;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An index written with other fields has its complaints dropped on start, for the catch-up to index again. */
class SearchIndexTest {

	@TempDir
	Path dir;

	@Test
	void anIndexOfAnotherSchemaLosesItsComplaintsButNotItsEntries() throws Exception {
		written();
		SearchIndex index = new SearchIndex(null, dir.toString());
		try {
			assertThat(index.versions()).isEmpty();
			assertThat(count(index, SearchIndex.ENTRY)).as("playbook entries stay").isEqualTo(1);
		}
		finally {
			index.close();
		}
	}

	@Test
	void anIndexOfThisSchemaKeepsItsComplaintsAcrossRestarts() throws Exception {
		written();
		SearchIndex upgraded = new SearchIndex(null, dir.toString());
		upgraded.putEntry("K2", null, "标题", "正文");
		upgraded.commit();
		upgraded.close();
		written(); // a later commit keeps the schema recorded
		for (int start = 0; start < 2; start++) {
			SearchIndex index = new SearchIndex(null, dir.toString());
			try {
				assertThat(index.versions()).containsEntry(7L, 3L);
			}
			finally {
				index.close();
			}
		}
	}

	/** Adds complaint 7 at version 3 and one playbook entry, as a writer that knows no schema would. */
	private void written() throws Exception {
		try (FSDirectory directory = FSDirectory.open(dir);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			Document complaint = new Document();
			complaint.add(new StringField(SearchIndex.KEY, "c7", Store.NO));
			complaint.add(new StringField(SearchIndex.TYPE, SearchIndex.COMPLAINT, Store.NO));
			complaint.add(new NumericDocValuesField(SearchIndex.ID, 7));
			complaint.add(new NumericDocValuesField(SearchIndex.VERSION, 3));
			writer.updateDocument(new Term(SearchIndex.KEY, "c7"), complaint);
			Document entry = new Document();
			entry.add(new StringField(SearchIndex.KEY, "eK1", Store.NO));
			entry.add(new StringField(SearchIndex.TYPE, SearchIndex.ENTRY, Store.NO));
			writer.updateDocument(new Term(SearchIndex.KEY, "eK1"), entry);
			writer.commit();
		}
	}

	private static int count(SearchIndex index, String type) {
		return index.search(searcher -> searcher.count(new TermQuery(new Term(SearchIndex.TYPE, type))));
	}

}
