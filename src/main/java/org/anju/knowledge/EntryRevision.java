package org.anju.knowledge;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One revision of a playbook entry (the company's, or a project's override); never changed once written. */
@Entity
@Table(name = "knowledge_entry")
class EntryRevision extends BaseEntity {

	private static final JsonMapper json = JsonMapper.builder().build();

	private String code;

	private Long projectId;

	private int revision;

	private String title;

	private String topics;

	private Integer caseNumber;

	private String scenarios;

	private Instant createdAt;

	private String createdBy;

	protected EntryRevision() {
	}

	EntryRevision(PlaybookEntry entry, int revision, Instant now, String by) {
		this.code = entry.code();
		this.projectId = entry.projectId();
		this.revision = revision;
		this.title = entry.title();
		this.topics = String.join(",", entry.topics());
		this.caseNumber = entry.caseNumber();
		this.scenarios = json.writeValueAsString(entry.scenarios());
		this.createdAt = now;
		this.createdBy = by;
	}

	PlaybookEntry entry() {
		return new PlaybookEntry(code, projectId, revision, title,
				topics.isBlank() ? List.of() : Arrays.asList(topics.split(",")), caseNumber,
				json.readValue(scenarios, new TypeReference<List<PlaybookEntry.Scenario>>() {
				}));
	}

	String getCode() {
		return code;
	}

	Long getProjectId() {
		return projectId;
	}

	int getRevision() {
		return revision;
	}

}
