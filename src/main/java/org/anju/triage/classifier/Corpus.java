package org.anju.triage.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Labelled complaint texts in JSON Lines ({@code {"id", "text", "topic", "urgency"}}): the
 * project's own training corpus shipped in {@code triage/corpus/}, or an evaluation file.
 */
public final class Corpus {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Corpus() {
	}

	/** The training corpus that ships with Anju. */
	public static List<LabelledText> shipped() {
		try {
			Resource[] parts = new PathMatchingResourcePatternResolver().getResources("classpath*:triage/corpus/*.jsonl");
			Arrays.sort(parts, Comparator.comparing(Resource::getFilename));
			List<LabelledText> examples = new ArrayList<>();
			for (Resource part : parts) {
				try (InputStream in = part.getInputStream()) {
					examples.addAll(read(in));
				}
			}
			return examples;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the triage corpus", ex);
		}
	}

	public static List<LabelledText> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	static List<LabelledText> read(InputStream in) throws IOException {
		List<LabelledText> examples = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (!line.isBlank()) {
				JsonNode node = JSON.readTree(line);
				examples.add(new LabelledText(node.path("id").asString(""), node.get("text").asString(),
						node.get("topic").asString(), node.path("urgency").asString("NORMAL")));
			}
		}
		return examples;
	}

}
