package org.anju.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped playbook suggests the right entry and scenario first for every sample complaint
 * (knowledge/samples.jsonl: several per scenario of every case, simplified and traditional).
 */
class PlaybookSuggestionTest {

	@Test
	void everySampleGetsItsEntryAndScenarioFirst() throws IOException {
		List<PlaybookEntry> entries = PlaybookFile.read(PlaybookFile.DEFAULT);
		JsonMapper json = JsonMapper.builder().build();
		List<String> wrong = new ArrayList<>();
		int samples = 0;
		for (String line : Files.readAllLines(Path.of("src/test/resources/knowledge/samples.jsonl"), StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode sample = json.readTree(line);
			samples++;
			Suggester.Suggestion first = Suggester.rank(entries, sample.get("topic").asString(), sample.get("text").asString())
				.get(0);
			String expected = sample.get("entry").asString() + "/" + sample.get("scenario").asString();
			String got = first.entry().code() + "/" + first.scenario().code();
			if (!expected.equals(got)) {
				wrong.add(expected + " ← " + got + ": " + sample.get("text").asString());
			}
		}
		assertThat(samples).isGreaterThanOrEqualTo(69);
		assertThat(wrong).isEmpty();
	}

}
