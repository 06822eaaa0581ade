package org.anju.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's phrase of character pairs finds exactly the texts containing the searched one, as
 * {@code String.contains} (and SQL {@code LIKE}) would: checked over random texts of a small
 * alphabet, where a text holding every pair of the searched one without holding it is common.
 */
class ListCandidatesTest {

	private static final String ALPHABET = "漏水管道aB 𠀀-";

	@Test
	void findsExactlyTheTextsThatContainIt() throws Exception {
		Random random = new Random(42);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			texts.add(random(random, 1 + random.nextInt(12)));
		}
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.grams()))) {
			for (int i = 0; i < texts.size(); i++) {
				Document doc = new Document();
				doc.add(new StoredField("n", i));
				doc.add(new TextField(SearchIndex.GRAMS, texts.get(i).toLowerCase(Locale.ROOT), Store.NO));
				writer.addDocument(doc);
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				int nonEmpty = 0;
				for (int q = 0; q < 300; q++) {
					String text = random(random, 1 + random.nextInt(4));
					Set<Integer> expected = new HashSet<>();
					for (int i = 0; i < texts.size(); i++) {
						if (texts.get(i).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
							expected.add(i);
						}
					}
					Set<Integer> found = new HashSet<>();
					for (ScoreDoc hit : searcher.search(ListCandidates.containing(text).orElseThrow(), texts.size()).scoreDocs) {
						found.add(searcher.storedFields().document(hit.doc).getField("n").numericValue().intValue());
					}
					assertThat(found).as("'%s'", text).isEqualTo(expected);
					nonEmpty += expected.isEmpty() ? 0 : 1;
				}
				assertThat(nonEmpty).as("most searches find something").isGreaterThan(150);
			}
		}
	}

	@Test
	void aTextWithALineBreakIsLeftToTheDatabase() {
		assertThat(ListCandidates.containing("漏水\n管道")).isEmpty();
		assertThat(ListCandidates.containing("")).isEmpty();
	}

	private static String random(Random random, int length) {
		int[] chars = ALPHABET.codePoints().toArray();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(chars[random.nextInt(chars.length)]);
		}
		return text.toString();
	}

}
