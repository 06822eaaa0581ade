package org.anju.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic of the taxonomy as stored; {@link Topic} is its public, immutable view. */
@Entity
@Table(name = "triage_topic")
class TopicDefinition {

	@Id
	private String code;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private Category category;

	private String department;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private String nameZh;

	private String description;

	protected TopicDefinition() {
	}

	TopicDefinition(Topic topic) {
		this.code = topic.code();
		update(topic);
	}

	void update(Topic topic) {
		this.category = topic.category();
		this.department = topic.department();
		this.urgency = topic.urgency();
		this.nameZh = topic.nameZh();
		this.description = topic.description();
	}

	long getVersion() {
		return version;
	}

	Topic toTopic() {
		return new Topic(code, category, department, urgency, nameZh, description);
	}

}
