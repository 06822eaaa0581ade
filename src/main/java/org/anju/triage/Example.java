package org.anju.triage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A text labelled by a person who corrected the classifier: training material for the next model. */
@Entity
@Table(name = "triage_example")
class Example {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String text;

	private String topic;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private Long staffId;

	private Instant createdAt;

	protected Example() {
	}

	Example(String text, String topic, Urgency urgency, Long staffId, Instant createdAt) {
		this.text = text;
		this.topic = topic;
		this.urgency = urgency;
		this.staffId = staffId;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	String getText() {
		return text;
	}

	String getTopic() {
		return topic;
	}

	Urgency getUrgency() {
		return urgency;
	}

}
