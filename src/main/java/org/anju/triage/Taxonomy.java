package org.anju.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The complaint taxonomy. The default ships as {@code triage/taxonomy.tsv}; its codes are a
 * contract with the evaluation sets and with companies' reports.
 */
@Component
public class Taxonomy {

	private final Map<String, Topic> topics;

	private final List<Topic> ordered;

	Taxonomy() {
		this(load("triage/taxonomy.tsv"));
	}

	Taxonomy(Map<String, Topic> topics) {
		this.topics = Map.copyOf(topics);
		this.ordered = List.copyOf(topics.values());
	}

	public Optional<Topic> topic(String code) {
		return Optional.ofNullable(code).map(topics::get);
	}

	public List<Topic> topics() {
		return ordered;
	}

	/** The department codes that topics route to (CUSTOMER_SERVICE, ENGINEERING, …). */
	public Set<String> departments() {
		Set<String> codes = new TreeSet<>();
		ordered.forEach(t -> codes.add(t.department()));
		return codes;
	}

	static Map<String, Topic> load(String resource) {
		Map<String, Topic> topics = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			in.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
				String[] f = line.split("\t", -1);
				topics.put(f[0], new Topic(f[0], Category.valueOf(f[1]), f[2], Urgency.valueOf(f[3]), f[4], f[5]));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read taxonomy " + resource, ex);
		}
		return topics;
	}

}
