package org.anju.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the shipped default playbook, {@code knowledge/playbook.yaml}. */
final class PlaybookFile {

	static final String DEFAULT = "knowledge/playbook.yaml";

	private PlaybookFile() {
	}

	static List<PlaybookEntry> read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			List<PlaybookEntry> entries = new ArrayList<>();
			for (Map<String, Object> e : maps(root.get("entries"))) {
				List<PlaybookEntry.Scenario> scenarios = new ArrayList<>();
				for (Map<String, Object> s : maps(e.get("scenarios"))) {
					scenarios.add(new PlaybookEntry.Scenario(text(s.get("code")), text(s.get("name")),
							text(s.get("conditions")), strings(s.get("keywords")), strings(s.get("expectations")),
							maps(s.get("steps")).stream().map(st -> new PlaybookEntry.Step(text(st.get("text")),
									text(st.get("limit")), text(st.get("record")))).toList(),
							maps(s.get("records")).stream().map(r -> new PlaybookEntry.RecordField(text(r.get("key")),
									text(r.get("label")))).toList(),
							maps(s.get("scripts")).stream().map(r -> new PlaybookEntry.Script(text(r.get("name")),
									text(r.get("text")))).toList(),
							strings(s.get("improvements")), strings(s.get("risks"))));
				}
				entries.add(new PlaybookEntry(text(e.get("code")), null, 1, text(e.get("title")), strings(e.get("topics")),
						e.get("case") == null ? null : ((Number) e.get("case")).intValue(), scenarios));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the playbook " + path, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value).strip();
	}

}
