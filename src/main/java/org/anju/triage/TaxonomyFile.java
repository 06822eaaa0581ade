package org.anju.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * A taxonomy in its file form: tab-separated {@code topic, category, department, urgency,
 * name_zh, description} with a header row. The default ships as {@code triage/taxonomy.tsv}.
 */
public final class TaxonomyFile {

	private TaxonomyFile() {
	}

	/** The taxonomy that ships with Anju; its codes are a contract. */
	public static Map<String, Topic> shipped() {
		try (InputStream in = new ClassPathResource("triage/taxonomy.tsv").getInputStream()) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped taxonomy", ex);
		}
	}

	public static Map<String, Topic> read(InputStream in) throws IOException {
		Map<String, Topic> topics = new LinkedHashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		reader.readLine();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (!line.isBlank()) {
				String[] f = line.split("\t", -1);
				topics.put(f[0], new Topic(f[0], Category.valueOf(f[1]), f[2], Urgency.valueOf(f[3]), f[4],
						f.length > 5 ? f[5] : ""));
			}
		}
		return topics;
	}

}
