package org.anju.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** The improvement measure published for one complaint, masked, with where it belongs and who published it. */
@Entity
@Table(name = "board_measure")
class Measure extends BaseEntity {

	private long complaintId;

	private long projectId;

	private String topic;

	private Long buildingId;

	private String measure;

	private long publishedBy;

	private String publishedByName;

	private Instant publishedAt;

	protected Measure() {
	}

	Measure(long complaintId, long projectId) {
		this.complaintId = complaintId;
		this.projectId = projectId;
	}

	/** (Re)publishes the text; the topic and building are the complaint's at this moment. */
	void publish(String topic, Long buildingId, String measure, long staffId, String staffName, Instant now) {
		this.topic = topic;
		this.buildingId = buildingId;
		this.measure = measure;
		this.publishedBy = staffId;
		this.publishedByName = staffName;
		this.publishedAt = now;
	}

	Publication toPublication() {
		return new Publication(complaintId, projectId, topic, buildingId, measure, publishedByName, publishedAt);
	}

	long getComplaintId() {
		return complaintId;
	}

	String getTopic() {
		return topic;
	}

	String getMeasure() {
		return measure;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

}
