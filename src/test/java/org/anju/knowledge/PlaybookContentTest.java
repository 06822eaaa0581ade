package org.anju.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The shipped default playbook ({@code knowledge/playbook.yaml}) against its sources: every case and
 * scenario of {@code ../shared/domain/playbook.md} (hard-coded below, since that file is prose), every
 * topic of {@code ../shared/triage/taxonomy.tsv}, and the schema the knowledge module loads. Also checks
 * the sample complaints ({@code knowledge/samples.jsonl}) the suggestion test relies on. Plain JUnit, no
 * Spring: content errors should fail fast and say exactly which entry is wrong.
 */
class PlaybookContentTest {

	static final Path TAXONOMY = Path.of("../shared/triage/taxonomy.tsv");

	static final Set<String> PLACEHOLDERS = Set.of("salutation", "number", "expected", "cause", "assignee",
			"department", "topic");

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	static final Pattern RECORD_KEY = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	static final Set<String> ENTRY_KEYS = Set.of("code", "topics", "title", "case", "scenarios");

	static final Set<String> SCENARIO_KEYS = Set.of("code", "name", "conditions", "keywords", "expectations",
			"steps", "records", "scripts", "improvements", "risks");

	static final Set<String> STEP_KEYS = Set.of("text", "limit", "record");

	static final Set<String> RECORD_KEYS = Set.of("key", "label");

	static final Set<String> SCRIPT_KEYS = Set.of("name", "text");

	/** One case of playbook.md: the entry that carries it, the topics it names, its scenarios. */
	record Case(String entry, List<String> topics, List<String> scenarios) {
	}

	/** The cases of playbook.md; the unnumbered fairness case is case 15. */
	static final Map<Integer, Case> CASES = Map.ofEntries(
			Map.entry(1, new Case("PARKING_OCCUPIED", List.of("PARKING_OCCUPIED"), List.of("FIXED_SPACE", "NO_FIXED_SPACE"))),
			Map.entry(2, new Case("VEHICLE_ACCESS", List.of("VEHICLE_ACCESS"), List.of("NOT_REGISTERED", "UPDATE_MISSED"))),
			Map.entry(3, new Case("GARAGE_GATE", List.of("GARAGE_GATE"), List.of("EQUIPMENT_FAULT", "EQUIPMENT_FINE"))),
			Map.entry(4, new Case("PARKING_ENFORCEMENT", List.of("PARKING_ENFORCEMENT"), List.of("VIOLATION_REAL", "OUR_FAULT"))),
			Map.entry(5, new Case("EV_CHARGING", List.of("EV_CHARGING"), List.of("INSTALL_REQUEST"))),
			Map.entry(6, new Case("PARKING_FEE", List.of("PARKING_FEE"), List.of("FEE_INCREASE"))),
			Map.entry(7, new Case("ACCESS_CONTROL_UNREPAIRED", List.of("ACCESS_CONTROL"), List.of("REPORTED_NOT_REPAIRED"))),
			Map.entry(8, new Case("ELEVATOR_ENTRAPMENT", List.of("ELEVATOR_ENTRAPMENT"), List.of("TRAPPED_OR_SLID"))),
			Map.entry(9, new Case("ELEVATOR_FAULT", List.of("ELEVATOR_FAULT"), List.of("STOPPED_NOT_REPAIRED"))),
			Map.entry(10, new Case("WATER_LEAK", List.of("WATER_LEAK", "SITE_RESTORATION"), List.of("WATER_CUT", "HOLE_NOT_FILLED"))),
			Map.entry(11, new Case("ACCESS_CONTROL_UPGRADE", List.of("ACCESS_CONTROL", "NOTICE_NOT_RECEIVED"),
					List.of("CODE_CHANGED", "CARD_ACCESS", "NOTICE_MISSED"))),
			Map.entry(12, new Case("FIRE_EQUIPMENT", List.of("FIRE_EQUIPMENT"), List.of("DAMAGED", "NO_ALARM_IN_FIRE"))),
			Map.entry(13, new Case("UTILITY_SHAFT", List.of("UTILITY_SHAFT"), List.of("SHAFT_LOCKED"))),
			Map.entry(14, new Case("LIGHTING", List.of("LIGHTING"), List.of("LIGHT_OUT"))),
			Map.entry(15, new Case("UNEQUAL_TREATMENT", List.of("UNEQUAL_TREATMENT"), List.of("GUARD_FAVOURITISM"))));

	/** Case 8 (someone trapped in a lift): what must be on record before the complaint can be resolved. */
	static final List<String> ENTRAPMENT_RECORDS = List.of("trapped_minutes", "crew_arrived_at", "impact");

	static List<Map<String, Object>> entries;

	static Set<String> taxonomy;

	static List<JsonNode> samples;

	@BeforeAll
	static void load() throws IOException {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		try (InputStream in = resource("knowledge/playbook.yaml")) {
			Map<String, Object> root = yaml.load(in);
			assertThat(root).as("playbook.yaml root").containsOnlyKeys("entries");
			entries = maps(root, "entries");
		}
		assertThat(TAXONOMY).as("the taxonomy beside the project").isRegularFile();
		taxonomy = Files.readAllLines(TAXONOMY, StandardCharsets.UTF_8).stream()
			.skip(1)
			.filter(line -> !line.isBlank())
			.map(line -> line.split("\t", -1)[0].trim())
			.collect(Collectors.toCollection(TreeSet::new));
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = resource("knowledge/samples.jsonl")) {
			samples = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank())
				.map(json::readTree)
				.toList();
		}
	}

	@Test
	void entriesFollowTheSchema() {
		assertThat(entries).isNotEmpty();
		for (Map<String, Object> entry : entries) {
			String code = str(entry, "code");
			assertThat(entry.keySet()).as("keys of entry %s", code).isSubsetOf(ENTRY_KEYS);
			assertThat(code).as("entry code").matches(CODE);
			assertThat(str(entry, "title")).as("title of %s", code).isNotBlank();
			assertThat(strings(entry, "topics")).as("topics of %s", code).isNotEmpty();
			if (entry.containsKey("case")) {
				assertThat(entry.get("case")).as("case of %s", code).isInstanceOf(Integer.class);
			}
			assertThat(maps(entry, "scenarios")).as("scenarios of %s", code).isNotEmpty();
			for (Map<String, Object> scenario : maps(entry, "scenarios")) {
				String where = code + "/" + str(scenario, "code");
				assertThat(scenario.keySet()).as("keys of %s", where).isSubsetOf(SCENARIO_KEYS);
				assertThat(str(scenario, "code")).as("scenario code in %s", code).matches(CODE);
				assertThat(str(scenario, "name")).as("name of %s", where).isNotBlank();
				assertThat(str(scenario, "conditions")).as("conditions of %s", where).isNotBlank();
				assertThat(strings(scenario, "keywords")).as("keywords of %s", where).isNotEmpty().allMatch(k -> !k.isBlank());
				assertThat(strings(scenario, "expectations")).as("expectations of %s", where).isNotEmpty();
				strings(scenario, "improvements");
				strings(scenario, "risks");
				assertThat(maps(scenario, "steps")).as("steps of %s", where).isNotEmpty().allSatisfy(step -> {
					assertThat(step.keySet()).as("keys of a step of %s", where).isSubsetOf(STEP_KEYS);
					assertThat(str(step, "text")).as("step text in %s", where).isNotBlank();
				});
				assertThat(maps(scenario, "scripts")).as("scripts of %s", where).isNotEmpty().allSatisfy(script -> {
					assertThat(script.keySet()).as("keys of a script of %s", where).isSubsetOf(SCRIPT_KEYS);
					assertThat(str(script, "name")).as("script name in %s", where).isNotBlank();
					assertThat(str(script, "text")).as("script text in %s", where).isNotBlank();
				});
				for (Map<String, Object> record : maps(scenario, "records")) {
					assertThat(record.keySet()).as("keys of a record of %s", where).isSubsetOf(RECORD_KEYS);
					assertThat(str(record, "key")).as("record key in %s", where).matches(RECORD_KEY);
					assertThat(str(record, "label")).as("record label in %s", where).isNotBlank();
				}
			}
		}
	}

	@Test
	void everyTaxonomyTopicIsServedAndEveryTopicIsKnown() {
		assertThat(taxonomy).hasSizeGreaterThan(30).contains("PARKING_OCCUPIED", "OTHER");
		Set<String> served = entries.stream()
			.flatMap(entry -> strings(entry, "topics").stream())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(served).as("topics the playbook serves").containsAll(taxonomy);
		assertThat(taxonomy).as("taxonomy topics").containsAll(served);
	}

	@Test
	void everyCaseOfThePlaybookHasItsEntryAndScenarios() {
		Map<Integer, List<Map<String, Object>>> byCase = entries.stream()
			.filter(entry -> entry.containsKey("case"))
			.collect(Collectors.groupingBy(entry -> (Integer) entry.get("case")));
		assertThat(byCase.keySet()).as("case numbers").containsExactlyInAnyOrderElementsOf(CASES.keySet());
		CASES.forEach((number, expected) -> {
			assertThat(byCase.get(number)).as("entries for case %d", number).hasSize(1);
			Map<String, Object> entry = byCase.get(number).get(0);
			assertThat(str(entry, "code")).as("entry of case %d", number).isEqualTo(expected.entry());
			assertThat(strings(entry, "topics")).as("topics of case %d", number).containsAll(expected.topics());
			assertThat(scenarioCodes(entry)).as("scenarios of case %d", number)
				.containsExactlyElementsOf(expected.scenarios());
		});
	}

	@Test
	void codesAreUnique() {
		assertThat(entries.stream().map(entry -> str(entry, "code")).toList()).as("entry codes").doesNotHaveDuplicates();
		for (Map<String, Object> entry : entries) {
			assertThat(scenarioCodes(entry)).as("scenario codes of %s", str(entry, "code")).doesNotHaveDuplicates();
			for (Map<String, Object> scenario : maps(entry, "scenarios")) {
				assertThat(maps(scenario, "records").stream().map(r -> str(r, "key")).toList())
					.as("record keys of %s/%s", str(entry, "code"), str(scenario, "code"))
					.doesNotHaveDuplicates();
			}
		}
	}

	@Test
	void everyLimitIsAPositiveDuration() {
		forEachStep((where, step) -> {
			String limit = str(step, "limit");
			if (limit != null) {
				try {
					assertThat(Duration.parse(limit)).as("limit %s in %s", limit, where).isPositive();
				}
				catch (RuntimeException e) {
					fail("limit '%s' in %s is not an ISO-8601 duration", limit, where);
				}
			}
		});
	}

	@Test
	void scriptsUseOnlyTheAllowedPlaceholders() {
		for (Map<String, Object> entry : entries) {
			for (Map<String, Object> scenario : maps(entry, "scenarios")) {
				for (Map<String, Object> script : maps(scenario, "scripts")) {
					String text = str(script, "text");
					String where = str(entry, "code") + "/" + str(scenario, "code") + " script " + str(script, "name");
					Matcher matcher = PLACEHOLDER.matcher(text);
					while (matcher.find()) {
						assertThat(matcher.group(1)).as("placeholder in %s", where).isIn(PLACEHOLDERS);
					}
					assertThat(PLACEHOLDER.matcher(text).replaceAll("")).as("stray brace in %s", where)
						.doesNotContain("{", "}");
				}
			}
		}
	}

	@Test
	void everyRecordAStepProducesIsDeclared() {
		for (Map<String, Object> entry : entries) {
			for (Map<String, Object> scenario : maps(entry, "scenarios")) {
				Set<String> declared = maps(scenario, "records").stream().map(r -> str(r, "key")).collect(Collectors.toSet());
				for (Map<String, Object> step : maps(scenario, "steps")) {
					String record = str(step, "record");
					if (record != null) {
						assertThat(declared).as("records of %s/%s (step: %s)", str(entry, "code"), str(scenario, "code"),
								str(step, "text"))
							.contains(record);
					}
				}
			}
		}
	}

	@Test
	void liftEntrapmentRecordsTrappedTimeCrewArrivalAndImpactWithLimitsInMinutes() {
		Map<String, Object> entry = entries.stream().filter(e -> Objects.equals(e.get("case"), 8)).findFirst().orElseThrow();
		for (Map<String, Object> scenario : maps(entry, "scenarios")) {
			String where = str(entry, "code") + "/" + str(scenario, "code");
			assertThat(maps(scenario, "records").stream().map(r -> str(r, "key")))
				.as("records of %s", where)
				.containsAll(ENTRAPMENT_RECORDS);
			List<Map<String, Object>> steps = maps(scenario, "steps");
			assertThat(steps.stream().map(s -> str(s, "record")).filter(Objects::nonNull))
				.as("steps of %s that produce the records", where)
				.containsAll(ENTRAPMENT_RECORDS);
			assertThat(steps).as("steps of %s", where)
				.allSatisfy(step -> assertThat(str(step, "limit")).as("limit of '%s'", str(step, "text")).matches("PT\\d+M"));
		}
	}

	@Test
	void samplesNameAnExistingScenarioAndATopicItsEntryServes() {
		assertThat(samples).isNotEmpty();
		Map<String, Map<String, Object>> byCode = entriesByCode();
		for (JsonNode sample : samples) {
			String text = sample.path("text").asString("");
			assertThat(text).as("sample text").isNotBlank();
			String entryCode = sample.path("entry").asString("");
			String scenario = sample.path("scenario").asString("");
			String topic = sample.path("topic").asString("");
			assertThat(byCode).as("entry of sample '%s'", text).containsKey(entryCode);
			Map<String, Object> entry = byCode.get(entryCode);
			assertThat(scenarioCodes(entry)).as("scenarios of %s for sample '%s'", entryCode, text).contains(scenario);
			assertThat(taxonomy).as("topic of sample '%s'", text).contains(topic);
			assertThat(strings(entry, "topics")).as("topics of %s for sample '%s'", entryCode, text).contains(topic);
		}
		assertThat(samples.stream().map(s -> s.path("text").asString(""))).as("sample texts").doesNotHaveDuplicates();
	}

	@Test
	void everyScenarioOfTheCasesHasAtLeastThreeSamples() {
		Map<String, Long> counts = samples.stream()
			.collect(Collectors.groupingBy(s -> s.path("entry").asString("") + "/" + s.path("scenario").asString(""),
					Collectors.counting()));
		CASES.values().forEach(c -> c.scenarios().forEach(scenario -> assertThat(counts.getOrDefault(c.entry() + "/" + scenario, 0L))
			.as("samples for %s/%s", c.entry(), scenario)
			.isGreaterThanOrEqualTo(3)));
	}

	/**
	 * The content itself must tell the scenarios of one topic apart: among all scenarios serving a sample's
	 * topic, the one whose keywords occur most often in the sample (text in simplified Chinese; ties broken by
	 * character bigrams shared with the conditions) is the labelled one. A crude stand-in for the suggestion
	 * engine, so that a failure here points at the keywords, not at the engine.
	 */
	@Test
	void keywordsTellTheScenariosOfATopicApart() {
		List<String> misses = new ArrayList<>();
		for (JsonNode sample : samples) {
			String text = HanLP.convertToSimplifiedChinese(sample.path("text").asString(""));
			String topic = sample.path("topic").asString("");
			String expected = sample.path("entry").asString("") + "/" + sample.path("scenario").asString("");
			Map<String, double[]> scores = new LinkedHashMap<>();
			for (Map<String, Object> entry : entries) {
				if (!strings(entry, "topics").contains(topic)) {
					continue;
				}
				for (Map<String, Object> scenario : maps(entry, "scenarios")) {
					long hits = strings(scenario, "keywords").stream().filter(text::contains).count();
					double overlap = bigramOverlap(text, str(scenario, "conditions") + str(scenario, "name"));
					scores.put(str(entry, "code") + "/" + str(scenario, "code"), new double[] { hits, overlap });
				}
			}
			List<Map.Entry<String, double[]>> ranked = scores.entrySet().stream()
				.sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
					.thenComparingDouble(e -> -e.getValue()[1]))
				.toList();
			boolean tie = ranked.size() > 1 && ranked.get(0).getValue()[0] == ranked.get(1).getValue()[0]
					&& ranked.get(0).getValue()[1] == ranked.get(1).getValue()[1];
			if (ranked.isEmpty() || !ranked.get(0).getKey().equals(expected) || tie) {
				misses.add(expected + " ← " + text + " (ranked: " + ranked.stream()
					.map(e -> e.getKey() + "=" + (long) e.getValue()[0] + "/" + String.format("%.2f", e.getValue()[1]))
					.collect(Collectors.joining(", ")) + ")");
			}
		}
		assertThat(misses).as("samples whose scenario the keywords do not single out").isEmpty();
	}

	// --- helpers ---

	static double bigramOverlap(String text, String other) {
		Set<String> a = bigrams(text);
		Set<String> b = bigrams(other);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return (double) shared.size() / Math.sqrt((double) a.size() * b.size());
	}

	static Set<String> bigrams(String text) {
		String han = text.replaceAll("[^\\p{IsHan}]", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 2 <= han.length(); i++) {
			grams.add(han.substring(i, i + 2));
		}
		return grams;
	}

	interface StepCheck {

		void check(String where, Map<String, Object> step);

	}

	static void forEachStep(StepCheck check) {
		for (Map<String, Object> entry : entries) {
			for (Map<String, Object> scenario : maps(entry, "scenarios")) {
				for (Map<String, Object> step : maps(scenario, "steps")) {
					check.check(str(entry, "code") + "/" + str(scenario, "code") + " step '" + str(step, "text") + "'", step);
				}
			}
		}
	}

	static Map<String, Map<String, Object>> entriesByCode() {
		Map<String, Map<String, Object>> byCode = new HashMap<>();
		entries.forEach(entry -> byCode.put(str(entry, "code"), entry));
		return byCode;
	}

	static List<String> scenarioCodes(Map<String, Object> entry) {
		return maps(entry, "scenarios").stream().map(s -> str(s, "code")).toList();
	}

	static String str(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value != null && !(value instanceof String)) {
			fail("'%s' should be text but is %s in %s", key, value, map);
		}
		return (String) value;
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
			fail("'%s' should be a list of texts but is %s", key, value);
			return List.of();
		}
		return (List<String>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
			fail("'%s' should be a list of mappings but is %s", key, value);
			return List.of();
		}
		return (List<Map<String, Object>>) value;
	}

	static InputStream resource(String name) {
		InputStream in = PlaybookContentTest.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new UncheckedIOException(new IOException("no resource " + name));
		}
		return in;
	}

}
