package org.anju.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint taxonomy, kept as data. On start the topics of the taxonomy file (the shipped
 * {@code triage/taxonomy.tsv}, or {@code anju.triage.taxonomy-file}) that the database lacks are
 * added; administrators add and rename topics, and projects override the department of a topic,
 * without a release. Reads come from memory.
 */
@Component
public class Taxonomy implements SmartInitializingSingleton {

	/** The departments every project has (organisation creates them with the project). */
	public static final Set<String> DEPARTMENTS = Set.of("CUSTOMER_SERVICE", "ENGINEERING", "SECURITY",
			"ENVIRONMENT", "FINANCE");

	private final TopicRepository topics;

	private final RouteRepository routes;

	private final TransactionTemplate transaction;

	private final String taxonomyFile;

	private volatile Map<String, Topic> cache = Map.of();

	private volatile List<Topic> ordered = List.of();

	Taxonomy(TopicRepository topics, RouteRepository routes, PlatformTransactionManager transactions,
			@Value("${anju.triage.taxonomy-file:}") String taxonomyFile) {
		this.topics = topics;
		this.routes = routes;
		this.transaction = new TransactionTemplate(transactions);
		this.taxonomyFile = taxonomyFile;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Topic> defaults = taxonomyFile.isBlank() ? TaxonomyFile.shipped() : read(Path.of(taxonomyFile));
		transaction.executeWithoutResult(status -> defaults.values().stream()
			.filter(t -> !topics.existsById(t.code()))
			.forEach(t -> topics.save(new TopicDefinition(t))));
		reload();
	}

	public Optional<Topic> topic(String code) {
		return Optional.ofNullable(code).map(cache::get);
	}

	/** All topics, by code. */
	public List<Topic> topics() {
		return ordered;
	}

	/** The department codes topics may route to. */
	public Set<String> departments() {
		return DEPARTMENTS;
	}

	/** The department that handles a topic in a project: the project's route, else the topic's default. */
	public String departmentFor(long projectId, String topicCode) {
		return routes.findByProjectIdAndTopic(projectId, topicCode).map(Route::getDepartment)
			.orElseGet(() -> topic(topicCode).map(Topic::department).orElse("CUSTOMER_SERVICE"));
	}

	/** Adds a topic (administrators only: callers check); an existing code is a conflict. */
	public Topic define(Topic topic) {
		check(topic);
		if (topics.existsById(topic.code())) {
			throw new ConflictException("Topic " + topic.code() + " exists already");
		}
		topics.save(new TopicDefinition(topic));
		reload();
		return topic;
	}

	/**
	 * Renames or re-files an existing topic; its code stays, as codes are a contract. A stale
	 * {@code expectedVersion} is a conflict (administrators only: callers check).
	 */
	public Topic redefine(Topic topic, Long expectedVersion) {
		check(topic);
		TopicDefinition stored = topics.findById(topic.code())
			.orElseThrow(() -> new NotFoundException("Topic", topic.code()));
		if (expectedVersion != null && expectedVersion != stored.getVersion()) {
			throw new ConflictException("Stale update of topic " + topic.code(),
					Map.of("currentVersion", stored.getVersion()));
		}
		stored.update(topic);
		topics.saveAndFlush(stored);
		reload();
		return topic;
	}

	/** The stored version of a topic, for detecting a stale edit. */
	public long version(String code) {
		return topics.findById(code).map(TopicDefinition::getVersion).orElseThrow(() -> new NotFoundException("Topic", code));
	}

	List<Route> routesOf(long projectId) {
		return routes.findByProjectIdOrderByTopic(projectId);
	}

	/** Routes a topic to another department in one project (the console's routing page). */
	public void reroute(long projectId, String topicCode, String department) {
		route(projectId, topicCode, department);
	}

	Route route(long projectId, String topicCode, String department) {
		if (topic(topicCode).isEmpty()) {
			throw new NotFoundException("Topic", topicCode);
		}
		if (!DEPARTMENTS.contains(department)) {
			throw new InvalidInputException("department", "unknown department " + department);
		}
		Route route = routes.findByProjectIdAndTopic(projectId, topicCode)
			.orElseGet(() -> new Route(projectId, topicCode, department));
		route.reroute(department);
		return routes.saveAndFlush(route);
	}

	/** Back to the topic's default department in the project. */
	public void unroute(long projectId, String topicCode) {
		routes.findByProjectIdAndTopic(projectId, topicCode).ifPresent(routes::delete);
	}

	private void check(Topic topic) {
		if (!DEPARTMENTS.contains(topic.department())) {
			throw new InvalidInputException("department", "unknown department " + topic.department());
		}
	}

	private void reload() {
		Map<String, Topic> loaded = new LinkedHashMap<>();
		topics.findAll().stream().map(TopicDefinition::toTopic)
			.sorted((a, b) -> a.code().compareTo(b.code()))
			.forEach(t -> loaded.put(t.code(), t));
		ordered = List.copyOf(loaded.values());
		cache = Map.copyOf(loaded);
	}

	private static Map<String, Topic> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return TaxonomyFile.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read taxonomy file " + file, ex);
		}
	}

}
